package org.jiqitong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Password hashing; the HTTP filter chains when a web server runs. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * No observation of the security filters: with one, every filter of the chain is wrapped per request (the wrapping
     * was seen in the profile of an entity's matches, issue 12); the requests themselves stay measured
     * ({@code http.server.requests}), and sign-ins are audited as events.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Sign-in events for the audit; a failure of a type Spring Security does not map (the throttle's refusal) is
     * published as a bad-credentials failure too, so no attempt goes unrecorded.
     */
    @Bean
    org.springframework.security.authentication.AuthenticationEventPublisher authenticationEventPublisher(
            org.springframework.context.ApplicationEventPublisher publisher) {
        var events = new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(
                org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    /**
     * Two filter chains. {@code /api/**}: the browser session or HTTP Basic with the same accounts; a Basic
     * request is stateless and needs no CSRF token, a request riding on the session cookie does; the calculator
     * and the published policies are public. Everything
     * else: form login at {@code /login}, CSRF on, sessions with an idle timeout.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class FilterChains {

        private static final String[] PUBLIC = {"/", "/login", "/error", "/error/**", "/webjars/**", "/css/**",
            "/js/**", "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/policies", "/policies/**",
            "/calculator", "/notices", "/notices/**", "/demands/track", "/stats/demands", "/vault/log", "/dormancy/public",
            "/resources", "/resources/*", "/open-data", "/open-data/*"};

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
            // CSRF is possible only where the browser sends a session cookie on its own: require the token for every
            // state-changing request that carries a session, whatever else it carries (an Authorization header
            // beside a session cookie does not excuse it). Bearer and Basic requests without a session are stateless.
            RequestMatcher sessionRequestChangingState = request -> !safe(request)
                    && request.getRequestedSessionId() != null;
            http.securityMatcher("/api/**")
                    .authorizeHttpRequests(a -> a
                            .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/calculator").permitAll()
                            .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/policies", "/api/v1/policies/**")
                            .permitAll()
                            // the vault's log: anyone may read and verify it (it names no person and no content)
                            .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/vault/log/**").permitAll()
                            // the public list of registered dormancies (name, USCC, term, service address)
                            .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/dormancy/public").permitAll()
                            // the public catalogue of the resource library and a facility's free slots
                            .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/resources",
                                    "/api/v1/resources/*", "/api/v1/resources/*/slots", "/api/v1/open-data/*").permitAll()
                            .anyRequest().authenticated())
                    .httpBasic(b -> b.realmName("Jiqitong").authenticationEntryPoint(problemEntryPoint()))
                    .addFilterBefore(new BearerTokenFilter(tokens, problemEntryPoint()),
                            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .csrf(c -> c.requireCsrfProtectionMatcher(sessionRequestChangingState))
                    .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint()));
            return http.build();
        }

        /** The metrics for Prometheus: an ADMIN's API token (or HTTP Basic), stateless; anyone else 401/403. */
        @Bean
        @Order(0)
        SecurityFilterChain metrics(HttpSecurity http, ApiTokens tokens) throws Exception {
            http.securityMatcher("/actuator/prometheus")
                    .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(org.jiqitong.identity.Role.ADMIN.authority()))
                    .httpBasic(b -> b.realmName("Jiqitong").authenticationEntryPoint(problemEntryPoint()))
                    .addFilterBefore(new BearerTokenFilter(tokens, problemEntryPoint()),
                            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(c -> c.disable())
                    .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint()));
            return http.build();
        }

        /** Open311 GeoReport v2: public reads; a POST is authorised by its api_key in the controller. */
        @Bean
        @Order(0)
        SecurityFilterChain open311(HttpSecurity http) throws Exception {
            http.securityMatcher("/open311/**")
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(c -> c.disable());
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain web(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
                    .addFilterAfter(new StaffPagesFilter(),
                            org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                    .csrf(c -> c.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
                    .formLogin(f -> f.loginPage("/login").permitAll())
                    .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                    .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                    + "script-src 'self'; frame-ancestors 'none'")));
            return http.build();
        }

        private static boolean safe(HttpServletRequest request) {
            String method = request.getMethod();
            return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                    || HttpMethod.OPTIONS.matches(method) || HttpMethod.TRACE.matches(method);
        }

        /** 401 as RFC 9457 problem details, with the Bearer or the Basic challenge (as the request was made). */
        private static AuthenticationEntryPoint problemEntryPoint() {
            return (request, response, e) -> {
                response.setStatus(401);
                boolean bearer = BearerTokenFilter.bearer(request.getHeader(HttpHeaders.AUTHORIZATION));
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, bearer
                        ? "Bearer realm=\"Jiqitong\", error=\"invalid_token\"" : "Basic realm=\"Jiqitong\"");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                String detail = bearer ? "API 令牌无效或已撤销 (invalid or revoked token)"
                                : "需要登录:请使用 API 令牌、浏览器会话或 HTTP Basic 认证 (authentication required)";
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"" + detail + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "")
                        + "\"}");
            };
        }
    }
}

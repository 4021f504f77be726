package org.jiqitong.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The staff's pages and fragments do not exist for an enterprise: every one of them answers 404 to an ENTERPRISE
 * account, whatever its controller checks, before any of it is rendered (an enterprise once read a supervisor's
 * 督办 note on a review page). The enterprise's own pages live under {@code /my/}; shared pages (policies, notices,
 * tracking, an application's materials, a demand's attachments, the registry profile) check their own scope.
 */
final class StaffPagesFilter extends OncePerRequestFilter {

    static final List<String> STAFF_PAGES = List.of("/admin/**", "/demands", "/demands/rates", "/demands/rates.*",
            "/demands/window", "/demands/window/**", "/demands/{id:\\d+}", "/demands/*/respond", "/demands/*/reply",
            "/demands/*/transfer", "/demands/*/return", "/demands/*/redispatch", "/no-application", "/no-application/**",
            "/officer/**", "/payouts", "/payouts/**", "/reach", "/reach/**", "/registry/imports", "/registry/imports/**",
            "/registry/entities/new", "/results", "/review", "/review/**", "/supervision", "/supervision/**", "/window",
            "/window/**");

    private final AntPathMatcher paths = new AntPathMatcher();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean enterprise = CurrentUser.get().map(u -> u.is(Role.ENTERPRISE)).orElse(false);
        if (enterprise && STAFF_PAGES.stream().anyMatch(p -> paths.match(p, path))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}

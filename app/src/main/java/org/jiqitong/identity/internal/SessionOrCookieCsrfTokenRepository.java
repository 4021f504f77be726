package org.jiqitong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token lives: in the session when the visitor has one (signed in, or sent to the login page from a
 * protected one), otherwise in an HttpOnly cookie. So an anonymous page view — the login page, the policy library, a
 * public form — creates no server session (issue 13.17: every {@code GET /login} used to hold a session for 30
 * minutes), and still every state-changing form carries a token the server checks. After signing in, the session's
 * token takes over (Spring Security replaces the token at authentication).
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokenRepository() {
        cookie.setCookieCustomizer(c -> c.sameSite("Lax").path("/"));
        cookie.setHeaderName("X-CSRF-TOKEN"); // the same names whichever store holds the token (htmx sends this header)
        cookie.setParameterName("_csrf");
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
            if (token == null && cookie.loadToken(request) != null) {
                cookie.saveToken(null, request, response); // the anonymous token ends with the anonymous visit
            }
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}

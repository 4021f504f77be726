package org.jiqitong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sign-in audit: every attempt, by form or by HTTP Basic, is recorded with its outcome, channel and address. The
 * counting and the throttling are {@link ThrottledAuthenticationProvider}'s (before the password is checked).
 */
@Component
class SignInEvents {

    private final Accounts accounts;

    SignInEvents(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.audit(username, "SUCCESS", channel(), remoteAddress());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String outcome;
        if (event.getException() instanceof ThrottledAuthenticationProvider.ThrottledException) {
            outcome = "THROTTLED"; // refused unchecked: too many failures from this address (or for this account)
        } else if (event.getException() instanceof LockedException) {
            outcome = "LOCKED";
        } else if (event.getException() instanceof BadCredentialsException) {
            outcome = "BAD_CREDENTIALS"; // its slot was taken by ThrottledAuthenticationProvider
        } else {
            outcome = event.getException().getClass().getSimpleName();
        }
        accounts.audit(username, outcome, channel(), remoteAddress());
    }

    private static String channel() {
        HttpServletRequest request = request();
        if (request == null) {
            return "OTHER";
        }
        return "/login".equals(request.getServletPath()) ? "FORM" : "BASIC";
    }

    /** The address the current request came from (after a trusted proxy's forwarded header), or null outside one. */
    static String remoteAddress() {
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest() : null;
    }
}

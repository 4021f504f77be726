package org.jiqitong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sign-in audit and the lockout: every attempt, by form or by HTTP Basic, is recorded; five failures
 * in a row lock the account for fifteen minutes (both configurable).
 */
@Component
class SignInEvents {

    private final Accounts accounts;
    private final int maxFailures;
    private final Duration lockout;
    private final java.time.Clock clock;

    SignInEvents(Accounts accounts, @Value("${jiqitong.security.max-failed-sign-ins}") int maxFailures,
            @Value("${jiqitong.security.lockout}") Duration lockout, java.time.Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.succeeded(username);
        accounts.audit(username, "SUCCESS", channel(), remoteAddress());
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String outcome;
        if (event.getException() instanceof LockedException) {
            outcome = "LOCKED";
        } else if (event.getException() instanceof BadCredentialsException) {
            outcome = "BAD_CREDENTIALS";
            accounts.failed(username, maxFailures, lockout, clock.instant());
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

    private static String remoteAddress() {
        HttpServletRequest request = request();
        return request == null ? null : request.getRemoteAddr();
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest() : null;
    }
}

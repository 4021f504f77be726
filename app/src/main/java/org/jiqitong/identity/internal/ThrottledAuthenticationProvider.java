package org.jiqitong.identity.internal;

import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic) behind {@link SignInThrottle}: before a password is checked the attempt takes
 * its slots (account from this address, account from anywhere) in conditional upserts; a blocked attempt is refused
 * without checking anything, with exactly the answer of a wrong password — so neither an unknown name nor a blocked
 * one shows (issue 13.4), and the throttle cannot be outrun by parallel guesses (issue 13.1).
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refused unchecked while throttled; to the caller it is the same "wrong name or password" as any other. */
    static final class ThrottledException extends BadCredentialsException {
        ThrottledException() {
            super("Bad credentials");
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Clock clock;

    ThrottledAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder, SignInThrottle throttle,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = java.util.Objects.requireNonNullElse(SignInEvents.remoteAddress(), "-");
        if (!throttle.reserve(username, address, clock.instant())) {
            throw new ThrottledException();
        }
        Authentication done = passwords.authenticate(authentication); // a wrong password keeps its slot
        throttle.succeeded(username, address);
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

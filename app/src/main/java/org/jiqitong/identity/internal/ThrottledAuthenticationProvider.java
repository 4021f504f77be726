package org.jiqitong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (form and HTTP Basic) where the lockout cannot be outrun: before a password is checked, the attempt
 * takes one of the account's {@code max} slots in one conditional UPDATE; when none is left, the attempt is refused as
 * locked without checking anything. So at most {@code max} guesses are ever checked per lockout window, however many
 * arrive at once and on however many instances. A success frees the slots; the {@code max}-th failure locks the
 * account for {@code lockout}.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final Accounts accounts;
    private final Clock clock;
    private final int max;
    private final Duration lockout;

    ThrottledAuthenticationProvider(AccountDetailsService details, PasswordEncoder encoder, Accounts accounts, Clock clock,
            @Value("${jiqitong.security.max-failed-sign-ins}") int max, @Value("${jiqitong.security.lockout}") Duration lockout) {
        this.passwords = new DaoAuthenticationProvider(details);
        this.passwords.setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.clock = clock;
        this.max = max;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (!accounts.reserveAttempt(username, max, clock.instant())) {
            if (accounts.exists(username)) {
                throw new LockedException("account locked");
            }
            return passwords.authenticate(authentication); // no such account: the same answer as a wrong password
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            accounts.succeeded(username);
            return done;
        } catch (BadCredentialsException e) {
            accounts.lockIfSpent(username, max, lockout, clock.instant());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

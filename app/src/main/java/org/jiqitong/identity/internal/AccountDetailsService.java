package org.jiqitong.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account for Spring Security; a locked account is refused before its password is checked. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    AccountDetailsService(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username, clock.instant())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}

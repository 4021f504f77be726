package org.jiqitong.identity;

import org.jiqitong.identity.internal.Accounts;
import org.springframework.stereotype.Service;

/** Users, departments and roles. */
@Service
public class Identity {

    private final Accounts accounts;

    Identity(Accounts accounts) {
        this.accounts = accounts;
    }

    public boolean accountExists(String username) {
        return accounts.exists(username);
    }

    /** Creates an account; the role's scope (entity or department) is enforced by the database too. */
    public long createAccount(NewAccount account) {
        return accounts.create(account);
    }
}

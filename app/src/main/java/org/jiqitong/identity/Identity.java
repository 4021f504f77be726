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

    /** Departments: code → name (Chinese, or English when {@code english}), in code order. */
    public java.util.Map<String, String> departments(boolean english) {
        return accounts.departments(english);
    }

    /** The enabled accounts of a role (username → display name), e.g. the commissioners an admin assigns. */
    public java.util.Map<String, String> accountsWithRole(Role role) {
        return accounts.withRole(role);
    }

    public boolean accountExists(String username) {
        return accounts.exists(username);
    }

    /** Creates an account; the role's scope (entity or department) is enforced by the database too. */
    public long createAccount(NewAccount account) {
        return accounts.create(account);
    }
}

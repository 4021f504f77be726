package org.jiqitong.identity;

import org.jiqitong.shared.Uscc;

/** What it takes to create an account; the password is hashed before it is stored. */
public record NewAccount(String username, String rawPassword, String displayName, Role role, String departmentCode,
        Uscc entity) {
}

package org.jiqitong.identity;

/** The roles of ARCHITECTURE.md. PUBLIC is the anonymous visitor and has no account. */
public enum Role {
    ENTERPRISE, CLERK, REVIEWER, FINANCE, SUPERVISOR, POLICY_OFFICER, COMMISSIONER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Government staff (every role but ENTERPRISE). */
    public boolean staff() {
        return this != ENTERPRISE;
    }
}

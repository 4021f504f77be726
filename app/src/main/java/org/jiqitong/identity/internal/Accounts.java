package org.jiqitong.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.NewAccount;
import org.jiqitong.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Accounts in {@code identity_user}: lookup, creation, and the counter behind the lockout. */
@Component
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    Optional<CurrentUser> find(String username, Instant now) {
        return jdbc.sql("""
                SELECT id, username, display_name, role, department_code, entity_uscc, password_hash, locked_until,
                       enabled FROM identity_user WHERE username = ?""").param(username)
                .query((rs, i) -> user(rs, now)).optional();
    }

    /** The account by id, without its password hash (for a token's request). */
    Optional<CurrentUser> findById(long id, Instant now) {
        return jdbc.sql("""
                SELECT id, username, display_name, role, department_code, entity_uscc, '' AS password_hash, locked_until,
                       enabled FROM identity_user WHERE id = ?""").param(id)
                .query((rs, i) -> user(rs, now)).optional();
    }

    private static CurrentUser user(java.sql.ResultSet rs, Instant now) throws java.sql.SQLException {
        OffsetDateTime lockedUntil = rs.getObject(8, OffsetDateTime.class);
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(now);
        return new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), locked, rs.getBoolean(9));
    }

    /**
     * An account from columns {@code from}…: id, username, display name, role, department, entity, locked until,
     * enabled (no password: a token's account is never a password check).
     */
    static CurrentUser user(java.sql.ResultSet rs, int from, Instant now) throws java.sql.SQLException {
        OffsetDateTime lockedUntil = rs.getObject(from + 6, OffsetDateTime.class);
        boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(now);
        return new CurrentUser(rs.getLong(from), rs.getString(from + 1), rs.getString(from + 2),
                Role.valueOf(rs.getString(from + 3)), rs.getString(from + 4), rs.getString(from + 5), "", locked,
                rs.getBoolean(from + 7));
    }

    /** Enabled accounts of a role: username → display name, by username. */
    public java.util.Map<String, String> withRole(Role role) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT username, display_name FROM identity_user WHERE role = ? AND enabled ORDER BY username")
                .param(role.name()).query((rs, i) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM identity_user WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    @Transactional
    public long create(NewAccount a) {
        return jdbc.sql("""
                INSERT INTO identity_user (username, password_hash, display_name, role, department_code, entity_uscc)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(a.username(), passwords.encode(a.rawPassword()), a.displayName(), a.role().name(),
                        a.departmentCode(), a.entity() == null ? null : a.entity().value())
                .query(Long.class).single();
    }

    @Transactional
    void audit(String username, String outcome, String channel, String remoteAddress) {
        audit(username, outcome, channel, remoteAddress, null);
    }

    /** One row of the sign-in audit; {@code actor} is who decided, when it was not the person signing in. */
    @Transactional
    void audit(String username, String outcome, String channel, String remoteAddress, String actor) {
        jdbc.sql("INSERT INTO identity_sign_in (username, outcome, channel, remote_address, actor) VALUES (?, ?, ?, ?, ?)")
                .params(username, outcome, channel, remoteAddress, actor).update();
    }

    /** The latest rows of the sign-in audit: at, username, outcome, channel, address, actor. */
    java.util.List<Object[]> recentSignIns(int limit) {
        return jdbc.sql("SELECT at, username, outcome, channel, remote_address, actor FROM identity_sign_in ORDER BY id DESC LIMIT ?")
                .param(limit).query((rs, i) -> new Object[] {rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)}).list();
    }

    public java.util.Map<String, String> departments(boolean english) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, name_zh, name_en FROM identity_department ORDER BY code")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(english ? 3 : 2));
                });
        return names;
    }
}

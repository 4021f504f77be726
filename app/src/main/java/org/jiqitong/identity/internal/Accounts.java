package org.jiqitong.identity.internal;

import java.time.Duration;
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

    /**
     * Takes one of the account's attempt slots before its password is checked, in one conditional UPDATE (atomic
     * across threads and instances): false when the account is locked or all its slots are taken, or when it does not
     * exist. A lock that has run out is lifted by the same statement.
     */
    @Transactional
    boolean reserveAttempt(String username, int max, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC);
        return jdbc.sql("""
                UPDATE identity_user SET
                  failed_attempts = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN 1
                                         ELSE failed_attempts + 1 END,
                  locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ? THEN NULL ELSE locked_until END
                WHERE username = ? AND (locked_until IS NULL OR locked_until <= ?)
                  AND (failed_attempts < ? OR (locked_until IS NOT NULL AND locked_until <= ?))""")
                .params(at, at, username, at, max, at).update() == 1;
    }

    /** After a wrong password (its slot already counted): the last slot spent locks the account for {@code lockout}. */
    @Transactional
    void lockIfSpent(String username, int max, Duration lockout, Instant now) {
        jdbc.sql("""
                UPDATE identity_user SET locked_until = CAST(? AS timestamptz) + make_interval(secs => ?)
                WHERE username = ? AND failed_attempts >= ? AND locked_until IS NULL""")
                .params(OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC), lockout.toSeconds(), username, max)
                .update();
    }

    @Transactional
    void succeeded(String username) {
        jdbc.sql("""
                UPDATE identity_user SET failed_attempts = 0, locked_until = NULL
                WHERE username = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)""").param(username).update();
    }

    @Transactional
    void audit(String username, String outcome, String channel, String remoteAddress) {
        jdbc.sql("INSERT INTO identity_sign_in (username, outcome, channel, remote_address) VALUES (?, ?, ?, ?)")
                .params(username, outcome, channel, remoteAddress).update();
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

package org.jiqitong.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many password guesses are checked (issue 13.4 and 13.1). Each attempt first takes a slot of two keys in one
 * conditional upsert each — its account from its source address ({@code perSource} free failures) and its account from
 * anywhere ({@code perAccount}, much higher) — before any password is checked; the failure that spends a key's free
 * slots blocks that key for {@code firstDelay}, each further one for twice as long, up to {@code maxDelay}. So one
 * source gets at most {@code perSource} guesses at once, however many it sends in parallel and on however many
 * instances; the real user, from another address, is not locked out by it; failures older than {@code maxDelay} are
 * forgotten; a success clears both keys. Usernames that do not exist are counted the same way, so nothing tells them
 * apart from real ones.
 */
@Component
class SignInThrottle {

    /** A key's state for the administrator's page. */
    record Blocked(String username, String remoteAddress, int failures, OffsetDateTime lastFailureAt,
            OffsetDateTime blockedUntil) {
    }

    private final JdbcClient jdbc;
    private final int perSource;
    private final int perAccount;
    private final Duration firstDelay;
    private final Duration maxDelay;

    SignInThrottle(JdbcClient jdbc, @Value("${jiqitong.security.max-failed-sign-ins}") int perSource,
            @Value("${jiqitong.security.max-failed-sign-ins-per-account:50}") int perAccount,
            @Value("${jiqitong.security.first-delay:30s}") Duration firstDelay,
            @Value("${jiqitong.security.lockout}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.perSource = perSource;
        this.perAccount = perAccount;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** Takes a slot of both keys; false (nothing to check) when either is blocked now. */
    @Transactional
    public boolean reserve(String username, String address, Instant now) {
        return take("pair:" + username + "|" + address, username, address, perSource, now)
                && take("account:" + username, username, null, perAccount, now);
    }

    private boolean take(String key, String username, String address, int free, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        // failures counts this attempt already (it is taken before the password is checked); reaching `free` blocks
        // the count is computed from the row as locked by the upsert (never from an earlier snapshot): parallel
        // attempts each see the one before them
        String count = "CASE WHEN t.last_failure_at < CAST(:at AS timestamptz) - make_interval(secs => :max) THEN 1"
                + " ELSE t.failures + 1 END";
        return jdbc.sql("""
                INSERT INTO identity_throttle AS t (key, username, remote_address, failures, last_failure_at, blocked_until)
                VALUES (:key, :username, :address, 1, :at, CASE WHEN 1 >= :free
                        THEN CAST(:at AS timestamptz) + make_interval(secs => least(:max, :first * power(2, 1 - :free))) END)
                ON CONFLICT (key) DO UPDATE SET failures = %1$s, last_failure_at = EXCLUDED.last_failure_at,
                    remote_address = EXCLUDED.remote_address,
                    blocked_until = CASE WHEN %1$s >= :free THEN CAST(:at AS timestamptz)
                        + make_interval(secs => least(:max, :first * power(2, %1$s - :free))) END
                WHERE t.blocked_until IS NULL OR t.blocked_until <= CAST(:at AS timestamptz)""".formatted(count))
                .param("key", key).param("username", username).param("address", address).param("at", at)
                .param("free", free).param("first", (double) firstDelay.toSeconds())
                .param("max", (double) maxDelay.toSeconds()).update() == 1;
    }

    /** The password was right: both keys start again. */
    @Transactional
    public void succeeded(String username, String address) {
        jdbc.sql("DELETE FROM identity_throttle WHERE key IN (?, ?)")
                .params("pair:" + username + "|" + address, "account:" + username).update();
    }

    /** An administrator lifts every block and count of the account; returns how many keys there were. */
    @Transactional
    public int unlock(String username) {
        return jdbc.sql("DELETE FROM identity_throttle WHERE username = ?").param(username).update();
    }

    /** Keys blocked now or with failures in the window, newest first. */
    List<Blocked> current(Instant now, int limit) {
        OffsetDateTime since = OffsetDateTime.ofInstant(now.minus(maxDelay), ZoneOffset.UTC);
        return jdbc.sql("""
                SELECT username, remote_address, failures, last_failure_at, blocked_until FROM identity_throttle
                WHERE key LIKE 'pair:%' AND (blocked_until > ? OR last_failure_at > ?)
                ORDER BY last_failure_at DESC LIMIT ?""")
                .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), since, limit)
                .query((rs, i) -> new Blocked(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class))).list();
    }

    /** Forgets keys untouched for a day (a guess at a random name leaves one row, not one forever). */
    @Transactional
    public int forgetOld(Instant now) {
        return jdbc.sql("DELETE FROM identity_throttle WHERE last_failure_at < ? AND (blocked_until IS NULL OR blocked_until < ?)")
                .params(OffsetDateTime.ofInstant(now.minus(Duration.ofDays(1)), ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }
}

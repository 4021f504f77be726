package org.jiqitong.identity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jiqitong.identity.ApiToken;
import org.jiqitong.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal API tokens: {@code jqt_} and 43 characters of base64url (256 random bits). Only SHA-256 of the whole
 * token is stored, so checking one costs a hash and an index lookup instead of BCrypt; issuing and revoking are
 * audited, use at most once a minute per token (and as {@code last_used_at}). A live token's account is kept in
 * memory for {@link #RECHECK_EVERY} (an API client's every request passes here): a revoke on this instance holds at
 * once, one on another instance (or a change of the account) within that time.
 */
@Component
class ApiTokens {

    static final String PREFIX = "jqt_";
    private static final Duration USE_AUDIT_EVERY = Duration.ofMinutes(1);
    private static final int MAX_ACTIVE = 20;
    static final Duration RECHECK_EVERY = Duration.ofSeconds(2);

    /** A live token as last read: its id, when its use was last audited, its account, and when it was read. */
    private record Live(long id, OffsetDateTime lastUsed, CurrentUser user, long readAtNanos) {
    }

    private final java.util.Map<String, Live> live = new java.util.concurrent.ConcurrentHashMap<>();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = new TransactionTemplate(transactions);
    }

    /** The issued token and its secret, which is shown this once and never again. */
    record Issued(ApiToken token, String secret) {
    }

    @Transactional
    Issued issue(CurrentUser owner, String name, String remoteAddress) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100 || n.chars().anyMatch(Character::isISOControl)) {
            throw new TokenRefusedException("name", "请为令牌命名(1至100字,不含控制字符),例如“财务系统对接”");
        }
        long active = jdbc.sql("SELECT count(*) FROM identity_api_token WHERE user_id = ? AND revoked_at IS NULL")
                .param(owner.id()).query(Long.class).single();
        if (active >= MAX_ACTIVE) {
            throw new TokenRefusedException(null, "每个账户最多 " + MAX_ACTIVE + " 个有效令牌,请先撤销不用的令牌");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                INSERT INTO identity_api_token (user_id, name, secret_sha256, hint, created_at) VALUES (?, ?, ?, ?, ?)
                RETURNING id""").params(owner.id(), n, sha256(secret), secret.substring(0, 8), now)
                .query(Long.class).single();
        event(id, owner.getUsername(), "ISSUED", now, remoteAddress);
        return new Issued(new ApiToken(id, n, secret.substring(0, 8), now, null, null), secret);
    }

    List<ApiToken> of(CurrentUser owner) {
        return jdbc.sql("""
                SELECT id, name, hint, created_at, last_used_at, revoked_at FROM identity_api_token WHERE user_id = ?
                ORDER BY revoked_at IS NOT NULL, id DESC""").param(owner.id())
                .query((rs, i) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** Revokes one of the owner's own tokens; false when it is not theirs (or was revoked before). */
    @Transactional
    boolean revoke(CurrentUser owner, long id, String remoteAddress) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean revoked = jdbc.sql("""
                UPDATE identity_api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL""")
                .params(now, id, owner.id()).update() == 1;
        if (revoked) {
            event(id, owner.getUsername(), "REVOKED", now, remoteAddress);
            live.values().removeIf(l -> l.id() == id);
            if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
                org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                        new org.springframework.transaction.support.TransactionSynchronization() {
                            @Override
                            public void afterCompletion(int status) {
                                live.values().removeIf(l -> l.id() == id); // a read that raced with the revoke
                            }
                        });
            }
        }
        return revoked;
    }

    boolean owns(CurrentUser owner, long id) {
        return jdbc.sql("SELECT count(*) FROM identity_api_token WHERE id = ? AND user_id = ?").params(id, owner.id())
                .query(Long.class).single() > 0;
    }

    /**
     * The account a presented token acts as: only a live token of an enabled, unlocked account. One query reads the
     * token and its account, kept for {@link #RECHECK_EVERY}; the use is audited at most every
     * {@link #USE_AUDIT_EVERY}, in its own short transaction.
     */
    Optional<CurrentUser> authenticate(String presented, String remoteAddress) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long nanos = System.nanoTime();
        byte[] digest = sha256(presented);
        String key = Base64.getEncoder().encodeToString(digest);
        Live kept = live.get(key);
        if (kept == null || nanos - kept.readAtNanos() > RECHECK_EVERY.toNanos()) {
            live.remove(key);
            Optional<Live> read = read(digest, now, nanos);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            kept = read.get();
            live.put(key, kept);
        }
        Live l = kept;
        if (l.lastUsed() == null || l.lastUsed().isBefore(now.minus(USE_AUDIT_EVERY))) {
            live.put(key, new Live(l.id(), now, l.user(), l.readAtNanos()));
            audit.executeWithoutResult(status -> {
                jdbc.sql("UPDATE identity_api_token SET last_used_at = ? WHERE id = ?").params(now, l.id()).update();
                event(l.id(), l.user().getUsername(), "USED", now, remoteAddress);
            });
        }
        return Optional.of(l.user());
    }

    private Optional<Live> read(byte[] digest, OffsetDateTime now, long nanos) {
        return jdbc.sql("""
                SELECT t.id, t.last_used_at, u.id, u.username, u.display_name, u.role, u.department_code, u.entity_uscc,
                       u.locked_until, u.enabled
                FROM identity_api_token t JOIN identity_user u ON u.id = t.user_id
                WHERE t.secret_sha256 = ? AND t.revoked_at IS NULL""")
                .param(digest)
                .query((rs, i) -> new Live(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        Accounts.user(rs, 3, now.toInstant()), nanos))
                .optional()
                .filter(l -> l.user().isEnabled() && l.user().isAccountNonLocked());
    }

    private void event(long tokenId, String username, String action, OffsetDateTime at, String remoteAddress) {
        jdbc.sql("""
                INSERT INTO identity_api_token_event (token_id, username, action, at, remote_address) VALUES (?, ?, ?, ?, ?)""")
                .params(tokenId, username, action, at, remoteAddress).update();
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

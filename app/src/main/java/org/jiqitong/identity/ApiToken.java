package org.jiqitong.identity;

import java.time.OffsetDateTime;

/** A personal API token as its owner sees it: never the secret, only its first characters as a hint. */
public record ApiToken(long id, String name, String hint, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}

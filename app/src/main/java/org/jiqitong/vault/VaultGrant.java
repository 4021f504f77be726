package org.jiqitong.vault;

import java.time.OffsetDateTime;
import java.util.List;

/** Consent given by an enterprise: who may read which documents, for what, until when; revocable at once. */
public record VaultGrant(long id, String uscc, String departmentCode, Purpose purpose, String purposeRef,
        OffsetDateTime validUntil, OffsetDateTime revokedAt, OffsetDateTime codeUsedAt, OffsetDateTime createdAt,
        List<Long> documentIds) {

    /** What a grant is for. */
    public enum Purpose implements org.jiqitong.shared.Labelled { APPLICATION, DEMAND, PROCEDURE, WINDOW_CODE }

    public boolean liveAt(OffsetDateTime now) {
        return revokedAt == null && validUntil.isAfter(now) && (purpose != Purpose.WINDOW_CODE || codeUsedAt == null);
    }
}

package org.jiqitong.redemption;

import java.time.OffsetDateTime;

/** A payout batch with its totals. */
public record PayoutBatch(long id, String createdBy, OffsetDateTime createdAt, OffsetDateTime exportedAt, int lines,
        int paid, long totalFen) {
}

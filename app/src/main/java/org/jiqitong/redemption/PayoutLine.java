package org.jiqitong.redemption;

import java.time.OffsetDateTime;

/** A payout line of the ledger: one application, once, with the key the bank deduplicates on. */
public record PayoutLine(long id, long batchId, long applicationId, String idempotencyKey, String uscc, long itemId,
        long amountFen, String accountName, String bankName, String accountNo, String state, OffsetDateTime paidAt,
        String memo) {
}

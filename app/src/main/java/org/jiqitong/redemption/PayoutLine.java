package org.jiqitong.redemption;

import java.time.OffsetDateTime;

/**
 * A payout line of the ledger: one application, once, with the key the bank deduplicates on, and what finance checks
 * it by (the application's 受理编号, the enterprise, the item; {@code itemName} filled by {@link Payouts}).
 */
public record PayoutLine(long id, long batchId, long applicationId, String idempotencyKey, String uscc, long itemId,
        long amountFen, String accountName, String bankName, String accountNo, String state, OffsetDateTime paidAt,
        String memo, String receiptNo, String entityName, long versionId, String itemName) {

    public PayoutLine withItemName(String name) {
        return new PayoutLine(id, batchId, applicationId, idempotencyKey, uscc, itemId, amountFen, accountName, bankName,
                accountNo, state, paidAt, memo, receiptNo, entityName, versionId, name);
    }
}

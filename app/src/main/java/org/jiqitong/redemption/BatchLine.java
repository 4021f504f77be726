package org.jiqitong.redemption;

import java.time.OffsetDateTime;
import java.util.List;

/** One enterprise in a 免申即享 batch: its amount and why it qualifies, where it stands, and whether it was paid. */
public record BatchLine(long batchId, long itemId, String itemName, String uscc, String entityName, long amountFen,
        List<String> reasons, String state, String reason, Long applicationId, boolean paid,
        OffsetDateTime eligibleSince) {
}

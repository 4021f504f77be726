package org.jiqitong.redemption;

import java.time.LocalDate;

/** One approval in public notice (公示): what anyone may see and object to. */
public record PublicNotice(long applicationId, String receiptNo, String entityName, String uscc, String itemName,
        String departmentCode, long amountFen, LocalDate endsOn) {
}

package org.jiqitong.redemption;

import java.util.Map;

/**
 * 免申即享 results for one item: eligible now (the sweep), listed in batches, excluded (by reason), confirmed,
 * paid (count and amount), the median days from becoming eligible to payment, and take-up — the eligible who are
 * not paid, and why.
 */
public record NoApplicationReport(long itemId, String itemName, long eligible, long listed, long excluded,
        Map<String, Long> excludedBy, long confirmed, long paid, long paidFen, Integer medianDaysEligibleToPaid,
        Map<String, Long> unpaidBy) {
}

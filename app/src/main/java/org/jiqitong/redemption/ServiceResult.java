package org.jiqitong.redemption;

/**
 * 跟踪问效 for one item or one department: how many were paid, how they rated the service (1–5; satisfied = 4 or 5),
 * the median working days from submission to payout, and the share paid within the promised limit (the item's
 * payout days, counted in working days from submission).
 */
public record ServiceResult(String key, String name, String departmentCode, int paid, int rated, Double averageScore,
        Double satisfiedShare, Integer medianWorkingDays, Double withinLimitShare) {
}

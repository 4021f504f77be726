package org.jiqitong.redemption;

/**
 * 跟踪问效 for one item or one department: how many were paid ({@code noApplicationPaid} of them through 免申即享),
 * how they rated the service (1–5; satisfied = 4 or 5), the median working days from submission to payout of the
 * applications (the middle value, or the mean of the two middle values; 免申即享 grants have no submission and are
 * not timed), and the share of those paid within the promised limit (the item's payout days, in working days).
 */
public record ServiceResult(String key, String name, String departmentCode, int paid, int noApplicationPaid, int rated,
        Double averageScore, Double satisfiedShare, Double medianWorkingDays, Double withinLimitShare) {

    /** The median of some values (null when there are none). */
    public static Double median(java.util.List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        java.util.List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}

package org.jiqitong.monitoring;

import java.time.LocalDate;

/**
 * What a dashboard is filtered by (kept in the URL): a district (GB/T 2260), an economic type (an {@code Ownership}
 * name, {@code UNKNOWN}, or {@code PRIVATE_ECONOMY} for 民营经济 = 私营 + 个体), a department (policy delivery), and the
 * period [from, to) of the flows (founded, dormant, applied, paid, demands).
 */
public record DashboardFilter(String district, String ownership, String department, LocalDate from, LocalDate to) {

    /** The half-year a day falls in: [1 Jan, 1 Jul) or [1 Jul, 1 Jan). */
    public static DashboardFilter half(LocalDate day) {
        LocalDate from = day.getMonthValue() <= 6 ? day.withDayOfYear(1) : LocalDate.of(day.getYear(), 7, 1);
        return new DashboardFilter(null, null, null, from, from.plusMonths(6));
    }

    /** A half-year written "2026-H1". */
    public static DashboardFilter half(String half) {
        if (half == null || !half.matches("[0-9]{4}-H[12]")) {
            throw new IllegalArgumentException("half:半年应写作如 2026-H1");
        }
        int year = Integer.parseInt(half.substring(0, 4));
        LocalDate from = LocalDate.of(year, half.endsWith("1") ? 1 : 7, 1);
        return new DashboardFilter(null, null, null, from, from.plusMonths(6));
    }
}

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

    /**
     * The filter as a page or the API gives it: the period defaults to the half-year of {@code today} (or six months
     * from {@code from}); a district must be Jinan's, an economic type known; each bad value refused by its field.
     */
    public static DashboardFilter of(String district, String ownership, String department, LocalDate from, LocalDate to,
            LocalDate today) {
        DashboardFilter half = half(today);
        LocalDate f = from == null ? half.from() : from;
        LocalDate t = to == null ? f.plusMonths(6) : to;
        if (!t.isAfter(f) || t.isAfter(f.plusYears(5))) {
            throw new IllegalArgumentException("期间:结束日期应晚于开始日期,且不超过五年");
        }
        if (district != null && !district.isBlank() && org.jiqitong.registry.District.ofCode(district).isEmpty()) {
            throw new IllegalArgumentException("区县:“" + district + "”不是济南市的区县代码");
        }
        if (ownership != null && !ownership.isBlank() && !"PRIVATE_ECONOMY".equals(ownership) && !"UNKNOWN".equals(ownership)
                && java.util.Arrays.stream(org.jiqitong.registry.Ownership.values()).noneMatch(o -> o.name().equals(ownership))) {
            throw new IllegalArgumentException("经济类型:没有“" + ownership + "”");
        }
        return new DashboardFilter(blank(district), blank(ownership), blank(department), f, t);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.jiqitong.redemption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiqitong.redemption.internal.Ratings;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.supervision.Supervision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Policy delivery for the dashboards and the half-yearly report, as SQL aggregates over the applications: per
 * department, item and month (Beijing time) in [from, to) — applications submitted (免申即享 grants are not
 * submitted), applications paid and the amount paid, and of those the 免申即享 ones — and the median working days from
 * submission to payout per department (the same definition as 跟踪问效). The caller scopes who sees them.
 */
@Service
public class DeliveryFigures {

    /** One department's item in one month. */
    public record Row(String departmentCode, long itemId, String month, long submitted, long paid, long paidFen,
            long noApplicationPaid, long noApplicationFen) {
    }

    private final JdbcClient jdbc;
    private final Ratings ratings;
    private final Supervision supervision;

    DeliveryFigures(JdbcClient jdbc, Ratings ratings, Supervision supervision) {
        this.jdbc = jdbc;
        this.ratings = ratings;
        this.supervision = supervision;
    }

    public List<Row> rows(LocalDate from, LocalDate to) {
        var start = from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        var end = to.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        return jdbc.sql("""
                SELECT department, item_id, month, sum(submitted), sum(paid), sum(paid_fen), sum(na_paid), sum(na_fen)
                FROM (SELECT item_department AS department, item_id,
                             to_char(submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, 1 AS submitted,
                             0 AS paid, 0::bigint AS paid_fen, 0 AS na_paid, 0::bigint AS na_fen
                      FROM redemption_application
                      WHERE submitted_at >= ? AND submitted_at < ? AND channel <> 'NO_APPLICATION'
                      UNION ALL
                      SELECT item_department, item_id, to_char(paid_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), 0, 1,
                             COALESCE(approved_fen, 0), (channel = 'NO_APPLICATION')::int,
                             CASE WHEN channel = 'NO_APPLICATION' THEN COALESCE(approved_fen, 0) ELSE 0 END
                      FROM redemption_application WHERE status = 'PAID' AND paid_at >= ? AND paid_at < ?) t
                GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
                .params(start, end, start, end)
                .query((rs, i) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8))).list();
    }

    /** Median working days from submission to payout, per department, of the applications paid in [from, to). */
    public Map<String, Double> medianWorkingDays(LocalDate from, LocalDate to) {
        var calendar = supervision.calendar();
        Map<String, List<Integer>> days = new TreeMap<>();
        for (Ratings.Paid p : ratings.paid()) {
            if (p.noApplication() || p.paidOn().isBefore(from) || !p.paidOn().isBefore(to)) {
                continue;
            }
            days.computeIfAbsent(p.department(), k -> new java.util.ArrayList<>())
                    .add(calendar.workingDaysBetween(p.submittedOn(), p.paidOn()));
        }
        Map<String, Double> out = new TreeMap<>();
        days.forEach((d, v) -> out.put(d, ServiceResult.median(v)));
        return out;
    }
}

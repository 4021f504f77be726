package org.jiqitong.redemption.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.redemption.NoApplicationReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A 免申即享 item's figures over all its batches: listed, excluded (why), confirmed, paid, and why the rest is unpaid. */
@Component
public class BatchReports {

    private final JdbcClient jdbc;

    BatchReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public NoApplicationReport report(long itemId, String itemName, long eligible) {
        long listed = count("SELECT count(DISTINCT uscc) FROM no_application_line WHERE item_id = ?", itemId);
        Map<String, Long> excludedBy = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT reason, count(*) FROM no_application_line WHERE item_id = ? AND state = 'EXCLUDED'
                GROUP BY reason ORDER BY count(*) DESC""").param(itemId)
                .query(rs -> {
                    excludedBy.put(rs.getString(1), rs.getLong(2));
                });
        long excluded = excludedBy.values().stream().mapToLong(Long::longValue).sum();
        long confirmed = count("SELECT count(*) FROM no_application_line WHERE item_id = ? AND state = 'CONFIRMED'", itemId);
        List<Object[]> paid = jdbc.sql("""
                SELECT a.approved_fen, extract(epoch FROM (a.paid_at - l.eligible_since)) / 86400
                FROM no_application_line l JOIN redemption_application a ON a.id = l.application_id
                WHERE l.item_id = ? AND a.status = 'PAID'""").param(itemId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2) == null ? null : rs.getDouble(2)}).list();
        long paidFen = paid.stream().mapToLong(r -> (Long) r[0]).sum();
        List<Double> days = new ArrayList<>();
        paid.forEach(r -> {
            if (r[1] != null) {
                days.add((Double) r[1]);
            }
        });
        days.sort(Double::compare);
        Map<String, Long> unpaidBy = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT CASE l.state WHEN 'LISTED' THEN '名单审核或公示中' WHEN 'NOTIFIED' THEN '待企业确认'
                                    WHEN 'CONFIRMED' THEN '待财政兑付' WHEN 'DECLINED' THEN '企业放弃'
                                    WHEN 'LAPSED' THEN '逾期未确认' ELSE '已排除' END, count(*)
                FROM no_application_line l LEFT JOIN redemption_application a ON a.id = l.application_id
                WHERE l.item_id = ? AND coalesce(a.status, '') <> 'PAID'
                  AND NOT EXISTS (SELECT 1 FROM no_application_line n JOIN redemption_application p ON p.id = n.application_id
                                  WHERE n.item_id = l.item_id AND n.uscc = l.uscc AND p.status = 'PAID')
                  AND l.batch_id = (SELECT max(batch_id) FROM no_application_line m WHERE m.item_id = l.item_id AND m.uscc = l.uscc)
                GROUP BY 1 ORDER BY 2 DESC""").param(itemId)
                .query(rs -> {
                    unpaidBy.put(rs.getString(1), rs.getLong(2));
                });
        long notListed = Math.max(0, eligible - listed);
        if (notListed > 0) {
            unpaidBy.put("符合条件、尚未列入批次", notListed);
        }
        return new NoApplicationReport(itemId, itemName, eligible, listed, excluded, excludedBy, confirmed, paid.size(),
                paidFen, days.isEmpty() ? null : (int) Math.round(days.get((days.size() - 1) / 2)), unpaidBy);
    }

    private long count(String sql, long itemId) {
        return jdbc.sql(sql).param(itemId).query(Long.class).single();
    }
}

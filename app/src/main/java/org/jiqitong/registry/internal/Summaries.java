package org.jiqitong.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The population's structure from the materialised summaries ({@code V31}): counts by a dimension under filters, new
 * entities by month, holders of qualifications. A refresh recomputes both summaries concurrently (readers keep the
 * previous one meanwhile); it runs after deliveries and nightly, and its time is shown beside every figure.
 */
@Component
public class Summaries {

    private final JdbcClient jdbc;
    private final Clock clock;

    Summaries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void refresh() {
        long start = System.nanoTime();
        jdbc.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY registry_entity_summary").update();
        jdbc.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY registry_founded_by_month").update();
        jdbc.sql("UPDATE registry_summary_refresh SET refreshed_at = ? WHERE id = 1").param(OffsetDateTime.now(clock)).update();
        LOG.info("dashboards' summaries refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Summaries.class);

    public OffsetDateTime refreshedAt() {
        return jdbc.sql("SELECT refreshed_at FROM registry_summary_refresh WHERE id = 1").query(OffsetDateTime.class).single();
    }

    private static String column(org.jiqitong.registry.Breakdown d) {
        return switch (d) {
            case SIZE_CLASS -> "size_class";
            case DISTRICT -> "district_code";
            case SECTION -> "section";
            case OWNERSHIP -> "ownership";
            case STATUS -> "status";
        };
    }

    /** Counts by one dimension, under a district filter and an ownership filter (null: all; "PRIVATE_ECONOMY": 私营+个体). */
    public Map<String, Long> counts(org.jiqitong.registry.Breakdown by, String district, String ownership, String status) {
        Map<String, Long> out = new LinkedHashMap<>();
        String col = column(by);
        jdbc.sql("SELECT " + col + ", sum(n) FROM registry_entity_summary WHERE " + FILTER + " GROUP BY 1 ORDER BY 2 DESC, 1")
                .params(filters(district, ownership, status))
                .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    private static final String FILTER = """
            (CAST(? AS text) IS NULL OR district_code = ?)
            AND (CAST(? AS text) IS NULL OR ownership = ? OR (? = 'PRIVATE_ECONOMY' AND ownership IN ('PRIVATE','INDIVIDUAL')))
            AND (CAST(? AS text) IS NULL OR status = ?)""";

    private static Object[] filters(String district, String ownership, String status) {
        return new Object[] {district, district, ownership, ownership, ownership, status, status};
    }

    /** Entities founded in each month of [from, to), under the filters; months without any are listed as 0. */
    public Map<String, Long> foundedByMonth(LocalDate from, LocalDate to, String district, String ownership) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (LocalDate m = from.withDayOfMonth(1); m.isBefore(to); m = m.plusMonths(1)) {
            out.put(m.toString().substring(0, 7), 0L);
        }
        jdbc.sql("""
                SELECT to_char(month, 'YYYY-MM'), sum(n) FROM registry_founded_by_month
                WHERE month >= ? AND month < ? AND (CAST(? AS text) IS NULL OR district_code = ?)
                  AND (CAST(? AS text) IS NULL OR ownership = ? OR (? = 'PRIVATE_ECONOMY' AND ownership IN ('PRIVATE','INDIVIDUAL')))
                GROUP BY 1 ORDER BY 1""")
                .params(from.withDayOfMonth(1), to, district, district, ownership, ownership, ownership)
                .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /** Entities holding, on the day, any qualification of these types (each counted once). */
    public long holders(List<String> types, LocalDate day) {
        return jdbc.sql("""
                SELECT count(DISTINCT uscc) FROM registry_qualification
                WHERE code = ANY(?) AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""")
                .params(types.toArray(String[]::new), day, day).query(Long.class).single();
    }
}

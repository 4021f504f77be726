package org.jiqitong.registry.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jiqitong.registry.Feed;

/**
 * The {@code figures} feed: yearly figures per entity. An empty cell means the source does not know the
 * value, so it never erases a value another source delivered; each value keeps its own provenance.
 */
final class FiguresFeed implements FeedSpec {

    private static final String[] MONEY = {"revenue_yuan", "total_assets_yuan", "tax_yuan", "rnd_yuan"};

    @Override
    public Feed feed() {
        return Feed.FIGURES;
    }

    @Override
    public String stagingTable() {
        return """
            CREATE TEMP TABLE stage (row_no bigint, uscc char(18), year smallint, employees integer,
              revenue_fen bigint, total_assets_fen bigint, tax_fen bigint, rnd_fen bigint) ON COMMIT DROP""";
    }

    @Override
    public int stagedWidth() {
        return 7;
    }

    @Override
    public void read(StagedRow row) {
        EntitiesFeed.usccInto(row, 0);
        String year = row.required("year", "年度");
        if (year != null) {
            row.field("year", () -> {
                int y = Fields.nonNegativeInt(year, "年度");
                int current = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
                if (y < 1949 || y > current) {
                    throw new Fields.FieldException("年度 " + y + " 不在 1949 至 " + current + " 之间");
                }
                row.put(1, (short) y);
            });
        }
        String employees = row.value("employees");
        if (employees != null) {
            row.field("employees", () -> row.put(2, Fields.nonNegativeInt(employees, "从业人员")));
        }
        for (int i = 0; i < MONEY.length; i++) {
            String column = MONEY[i];
            String value = row.value(column);
            int slot = 3 + i;
            if (value != null) {
                row.field(column, () -> row.put(slot, Fields.yuanToFen(value)));
            }
        }
    }

    @Override
    public String duplicatesSql() {
        return """
            SELECT s.row_no, d.first_row FROM stage s
            JOIN (SELECT uscc, year, min(row_no) AS first_row FROM stage GROUP BY uscc, year HAVING count(*) > 1) d
            USING (uscc, year) WHERE s.row_no <> d.first_row""";
    }

    @Override
    public String duplicateMessage() {
        return "同一主体同一年度的数据在本文件中重复出现,已采用第%d行";
    }

    @Override
    public boolean needsKnownEntity() {
        return true;
    }

    @Override
    public String mergeSql() {
        return """
            WITH merged AS (
            INSERT INTO registry_figures AS f (uscc, year, employees, revenue_fen, total_assets_fen, tax_fen,
                rnd_fen, employees_run, revenue_run, total_assets_run, tax_run, rnd_run)
            SELECT uscc, year, employees, revenue_fen, total_assets_fen, tax_fen, rnd_fen,
                CASE WHEN employees IS NOT NULL THEN r.id END, CASE WHEN revenue_fen IS NOT NULL THEN r.id END,
                CASE WHEN total_assets_fen IS NOT NULL THEN r.id END, CASE WHEN tax_fen IS NOT NULL THEN r.id END,
                CASE WHEN rnd_fen IS NOT NULL THEN r.id END
            FROM stage, (SELECT ?::bigint AS id) r
            ON CONFLICT (uscc, year) DO UPDATE SET
                employees = coalesce(excluded.employees, f.employees),
                revenue_fen = coalesce(excluded.revenue_fen, f.revenue_fen),
                total_assets_fen = coalesce(excluded.total_assets_fen, f.total_assets_fen),
                tax_fen = coalesce(excluded.tax_fen, f.tax_fen),
                rnd_fen = coalesce(excluded.rnd_fen, f.rnd_fen),
                employees_run = CASE WHEN excluded.employees IS DISTINCT FROM f.employees
                    AND excluded.employees IS NOT NULL THEN excluded.employees_run ELSE f.employees_run END,
                revenue_run = CASE WHEN excluded.revenue_fen IS DISTINCT FROM f.revenue_fen
                    AND excluded.revenue_fen IS NOT NULL THEN excluded.revenue_run ELSE f.revenue_run END,
                total_assets_run = CASE WHEN excluded.total_assets_fen IS DISTINCT FROM f.total_assets_fen
                    AND excluded.total_assets_fen IS NOT NULL THEN excluded.total_assets_run ELSE f.total_assets_run END,
                tax_run = CASE WHEN excluded.tax_fen IS DISTINCT FROM f.tax_fen
                    AND excluded.tax_fen IS NOT NULL THEN excluded.tax_run ELSE f.tax_run END,
                rnd_run = CASE WHEN excluded.rnd_fen IS DISTINCT FROM f.rnd_fen
                    AND excluded.rnd_fen IS NOT NULL THEN excluded.rnd_run ELSE f.rnd_run END
            WHERE (excluded.employees IS NOT NULL AND excluded.employees IS DISTINCT FROM f.employees)
               OR (excluded.revenue_fen IS NOT NULL AND excluded.revenue_fen IS DISTINCT FROM f.revenue_fen)
               OR (excluded.total_assets_fen IS NOT NULL AND excluded.total_assets_fen IS DISTINCT FROM f.total_assets_fen)
               OR (excluded.tax_fen IS NOT NULL AND excluded.tax_fen IS DISTINCT FROM f.tax_fen)
               OR (excluded.rnd_fen IS NOT NULL AND excluded.rnd_fen IS DISTINCT FROM f.rnd_fen)
            RETURNING f.uscc)
            INSERT INTO changed SELECT DISTINCT uscc FROM merged""";
    }
}

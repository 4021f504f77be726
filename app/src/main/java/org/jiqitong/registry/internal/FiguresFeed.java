package org.jiqitong.registry.internal;

import java.time.LocalDate;
import org.jiqitong.registry.Feed;

/**
 * The {@code figures} feed: yearly figures per entity. An empty cell means the source does not know the
 * value, so it never erases a value another source delivered; each value keeps its own provenance.
 */
final class FiguresFeed implements FeedSpec {

    private final java.time.Clock clock;

    FiguresFeed(java.time.Clock clock) {
        this.clock = clock;
    }

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
                int current = org.jiqitong.shared.ChinaTime.today(clock).getYear();
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
            WITH run AS (SELECT ?::bigint AS id),
            inserted AS (
                INSERT INTO registry_figures (uscc, year, employees, revenue_fen, total_assets_fen, tax_fen, rnd_fen,
                    employees_run, revenue_run, total_assets_run, tax_run, rnd_run)
                SELECT s.uscc, s.year, s.employees, s.revenue_fen, s.total_assets_fen, s.tax_fen, s.rnd_fen,
                    CASE WHEN s.employees IS NOT NULL THEN run.id END,
                    CASE WHEN s.revenue_fen IS NOT NULL THEN run.id END,
                    CASE WHEN s.total_assets_fen IS NOT NULL THEN run.id END,
                    CASE WHEN s.tax_fen IS NOT NULL THEN run.id END,
                    CASE WHEN s.rnd_fen IS NOT NULL THEN run.id END
                FROM stage s, run
                WHERE NOT EXISTS (SELECT 1 FROM registry_figures f WHERE f.uscc = s.uscc AND f.year = s.year)
                ORDER BY s.uscc, s.year
                RETURNING uscc),
            updated AS (
                UPDATE registry_figures f SET
                    employees = coalesce(s.employees, f.employees),
                    revenue_fen = coalesce(s.revenue_fen, f.revenue_fen),
                    total_assets_fen = coalesce(s.total_assets_fen, f.total_assets_fen),
                    tax_fen = coalesce(s.tax_fen, f.tax_fen),
                    rnd_fen = coalesce(s.rnd_fen, f.rnd_fen),
                    employees_run = CASE WHEN s.employees IS NOT NULL AND s.employees IS DISTINCT FROM f.employees
                        THEN run.id ELSE f.employees_run END,
                    revenue_run = CASE WHEN s.revenue_fen IS NOT NULL AND s.revenue_fen IS DISTINCT FROM f.revenue_fen
                        THEN run.id ELSE f.revenue_run END,
                    total_assets_run = CASE WHEN s.total_assets_fen IS NOT NULL
                        AND s.total_assets_fen IS DISTINCT FROM f.total_assets_fen THEN run.id ELSE f.total_assets_run END,
                    tax_run = CASE WHEN s.tax_fen IS NOT NULL AND s.tax_fen IS DISTINCT FROM f.tax_fen
                        THEN run.id ELSE f.tax_run END,
                    rnd_run = CASE WHEN s.rnd_fen IS NOT NULL AND s.rnd_fen IS DISTINCT FROM f.rnd_fen
                        THEN run.id ELSE f.rnd_run END
                FROM stage s, run
                WHERE f.uscc = s.uscc AND f.year = s.year
                  AND ((s.employees IS NOT NULL AND s.employees IS DISTINCT FROM f.employees)
                    OR (s.revenue_fen IS NOT NULL AND s.revenue_fen IS DISTINCT FROM f.revenue_fen)
                    OR (s.total_assets_fen IS NOT NULL AND s.total_assets_fen IS DISTINCT FROM f.total_assets_fen)
                    OR (s.tax_fen IS NOT NULL AND s.tax_fen IS DISTINCT FROM f.tax_fen)
                    OR (s.rnd_fen IS NOT NULL AND s.rnd_fen IS DISTINCT FROM f.rnd_fen))
                RETURNING f.uscc)
            INSERT INTO changed SELECT uscc FROM inserted UNION SELECT uscc FROM updated""";
    }

    @Override
    public String target() {
        return "registry_figures";
    }
}

package org.jiqitong.registry.internal;

import static org.jiqitong.registry.internal.Columns.longOrNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Recomputes the stored size class of entities changed by a delivery (TEMP table {@code changed}), from each
 * entity's latest year of figures, with the one classifier in {@code rules/}. One streaming pass reads the
 * latest figures; only classes that differ are written back (COPY, then one insert-or-update). Runs inside the
 * import's transaction. Memory: about 20 bytes per entity whose class changes.
 */
@Component
class SizeClassRefresher {

    private final JdbcTemplate jdbc;

    SizeClassRefresher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refreshes every entity in {@code changed}; returns how many changed class. */
    long refreshChanged() {
        jdbc.execute("CREATE TEMP TABLE size_candidates ON COMMIT DROP AS SELECT DISTINCT uscc FROM changed");
        return refreshCandidates();
    }

    /** Refreshes the entities in {@code changed} that have figures (the others stay UNDETERMINED). */
    long refreshChangedWithFigures() {
        jdbc.execute("""
                CREATE TEMP TABLE size_candidates ON COMMIT DROP AS SELECT DISTINCT c.uscc FROM changed c
                WHERE EXISTS (SELECT 1 FROM registry_figures f WHERE f.uscc = c.uscc)""");
        return refreshCandidates();
    }

    private long refreshCandidates() {
        jdbc.execute("ANALYZE size_candidates");
        ByteArrayOutputStream updates = new ByteArrayOutputStream(1 << 16);
        long[] count = {0};
        jdbc.setFetchSize(10_000);
        jdbc.query("""
                SELECT DISTINCT ON (f.uscc) f.uscc, e.industry_code, coalesce(z.size_class, 'UNDETERMINED'),
                       f.employees, f.revenue_fen, f.total_assets_fen
                FROM registry_figures f
                JOIN size_candidates c ON c.uscc = f.uscc
                JOIN registry_entity e ON e.uscc = f.uscc
                LEFT JOIN registry_size_class z ON z.uscc = f.uscc
                ORDER BY f.uscc DESC, f.year DESC""", rs -> {
            SizeFigures figures = new SizeFigures(longOrNull(rs, 4), longOrNull(rs, 5), longOrNull(rs, 6));
            SizeClass computed = SizeStandard.classOf(rs.getString(2), figures);
            if (!computed.name().equals(rs.getString(3))) {
                updates.writeBytes((rs.getString(1) + '\t' + computed.name() + '\n').getBytes(StandardCharsets.US_ASCII));
                count[0]++;
            }
        });
        if (count[0] == 0) {
            return 0;
        }
        jdbc.execute("CREATE TEMP TABLE size_update (uscc char(18), size_class text) ON COMMIT DROP");
        var connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY size_update FROM STDIN", new java.io.ByteArrayInputStream(updates.toByteArray()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of size classes failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jdbc.queryForObject("""
                WITH inserted AS (
                    INSERT INTO registry_size_class (uscc, size_class)
                    SELECT u.uscc, u.size_class FROM size_update u
                    WHERE NOT EXISTS (SELECT 1 FROM registry_size_class z WHERE z.uscc = u.uscc)
                    ORDER BY u.uscc RETURNING 1),
                updated AS (
                    UPDATE registry_size_class z SET size_class = u.size_class FROM size_update u
                    WHERE z.uscc = u.uscc RETURNING 1)
                SELECT (SELECT count(*) FROM inserted) + (SELECT count(*) FROM updated)""", Long.class);
    }
}

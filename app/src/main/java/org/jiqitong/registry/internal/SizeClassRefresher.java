package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Recomputes the stored size class of entities changed by a delivery (TEMP table {@code changed}), from each entity's
 * latest year of figures, with the one classifier in {@code rules/}. Works in chunks so a delivery of any
 * size keeps memory flat. Must run inside the import's transaction.
 */
@Component
class SizeClassRefresher {

    private static final int CHUNK = 50_000;

    private final JdbcTemplate jdbc;

    SizeClassRefresher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refreshes every entity in {@code changed}; returns how many changed class. */
    long refreshChanged() {
        jdbc.execute("CREATE TEMP TABLE size_candidates ON COMMIT DROP AS SELECT uscc FROM changed");
        return refreshCandidates();
    }

    /** Refreshes the entities in {@code changed} that have figures (the others stay UNDETERMINED). */
    long refreshChangedWithFigures() {
        jdbc.execute("""
                CREATE TEMP TABLE size_candidates ON COMMIT DROP AS SELECT c.uscc FROM changed c
                WHERE EXISTS (SELECT 1 FROM registry_figures f WHERE f.uscc = c.uscc)""");
        return refreshCandidates();
    }

    private long refreshCandidates() {
        jdbc.execute("ALTER TABLE size_candidates ADD PRIMARY KEY (uscc)");
        jdbc.execute("CREATE TEMP TABLE size_update (uscc char(18), size_class text) ON COMMIT DROP");
        String after = "";
        long updated = 0;
        while (true) {
            List<String[]> updates = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            jdbc.query("""
                    SELECT c.uscc, e.industry_code, e.size_class, f.employees, f.revenue_fen, f.total_assets_fen
                    FROM (SELECT uscc FROM size_candidates WHERE uscc > ? ORDER BY uscc LIMIT ?) c
                    JOIN registry_entity e ON e.uscc = c.uscc
                    LEFT JOIN LATERAL (SELECT employees, revenue_fen, total_assets_fen FROM registry_figures g
                                       WHERE g.uscc = c.uscc ORDER BY year DESC LIMIT 1) f ON true
                    ORDER BY c.uscc""", rs -> {
                String uscc = rs.getString(1);
                seen.add(uscc);
                SizeFigures figures = new SizeFigures(getLong(rs, 4), getLong(rs, 5), getLong(rs, 6));
                SizeClass computed = SizeStandard.classify(rs.getString(2), figures).sizeClass();
                if (!computed.name().equals(rs.getString(3))) {
                    updates.add(new String[] {uscc, computed.name()});
                }
            }, after, CHUNK);
            if (seen.isEmpty()) {
                break;
            }
            after = seen.get(seen.size() - 1);
            if (!updates.isEmpty()) {
                copyUpdates(updates);
                updated += jdbc.update("""
                        UPDATE registry_entity e SET size_class = u.size_class FROM size_update u WHERE e.uscc = u.uscc""");
                jdbc.execute("TRUNCATE size_update");
            }
        }
        return updated;
    }

    private void copyUpdates(List<String[]> updates) {
        var connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try (var out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY size_update FROM STDIN", 1 << 16)) {
            StringBuilder sb = new StringBuilder(32);
            for (String[] u : updates) {
                sb.setLength(0);
                sb.append(u[0]).append('\t').append(u[1]).append('\n');
                out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of size classes failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long getLong(java.sql.ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}

package org.jiqitong.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the whole registry into a {@link Population}: three streamed queries (entities, figures, qualifications
 * valid on the day) in one read-only transaction, so the arrays are one consistent picture.
 */
@Component
class PopulationLoader {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    PopulationLoader(javax.sql.DataSource dataSource, TransactionTemplate tx) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000); // streamed: the transaction keeps the cursor open
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setReadOnly(true);
        this.tx.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
    }

    Population load(LocalDate asOf) {
        return tx.execute(status -> {
            Integer max = jdbc.queryForObject("SELECT max(id) FROM registry_entity", Integer.class);
            Population p = new Population(asOf, max == null ? 0 : max + 1);
            String[] industries = new String[p.size()];
            jdbc.query("""
                    SELECT id, uscc, industry_code, district_code, functional_zone, entity_type, status, established_on,
                           registered_capital_fen, listed FROM registry_entity""", (ResultSet rs) -> {
                int id = rs.getInt(1);
                industries[id] = rs.getString(3);
                p.entity(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getObject(8, LocalDate.class), longOrNull(rs, 9), rs.getBoolean(10));
            });
            int[] previous = {-1};
            jdbc.query("""
                    SELECT e.id, f.year, f.employees, f.revenue_fen, f.total_assets_fen, f.tax_fen, f.rnd_fen
                    FROM registry_figures f JOIN registry_entity e USING (uscc) ORDER BY e.id, f.year DESC""",
                    (ResultSet rs) -> {
                        int id = rs.getInt(1);
                        figureRow(p, rs, industries[id], id != previous[0]);
                        previous[0] = id;
                    });
            jdbc.query("""
                    SELECT e.id, q.code, q.valid_from FROM registry_qualification q JOIN registry_entity e USING (uscc)
                    WHERE q.valid_from <= ? AND (q.valid_to IS NULL OR q.valid_to >= ?)""", (ResultSet rs) -> {
                QualificationType type = QualificationType.valueOf(rs.getString(2));
                p.held(rs.getInt(1), type.creditFlag(), type.name(), rs.getObject(3, LocalDate.class));
            }, asOf, asOf);
            p.index();
            return p;
        });
    }

    /**
     * Reads one entity's row again into {@code p} (after its data changed): the same three queries as {@link #load},
     * for that entity only, in one read-only transaction.
     */
    void refresh(Population p, int id) {
        tx.executeWithoutResult(status -> {
            p.ensureSize(id + 1);
            p.clear(id);
            String[] industry = new String[1];
            jdbc.query("""
                    SELECT id, uscc, industry_code, district_code, functional_zone, entity_type, status, established_on,
                           registered_capital_fen, listed FROM registry_entity WHERE id = ?""", (ResultSet rs) -> {
                industry[0] = rs.getString(3);
                p.entity(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getObject(8, LocalDate.class), longOrNull(rs, 9), rs.getBoolean(10));
            }, id);
            if (industry[0] == null) {
                return; // gone
            }
            boolean[] first = {true};
            jdbc.query("""
                    SELECT e.id, f.year, f.employees, f.revenue_fen, f.total_assets_fen, f.tax_fen, f.rnd_fen
                    FROM registry_figures f JOIN registry_entity e USING (uscc) WHERE e.id = ? ORDER BY f.year DESC""",
                    (ResultSet rs) -> {
                        figureRow(p, rs, industry[0], first[0]);
                        first[0] = false;
                    }, id);
            jdbc.query("""
                    SELECT q.code, q.valid_from FROM registry_qualification q JOIN registry_entity e USING (uscc)
                    WHERE e.id = ? AND q.valid_from <= ? AND (q.valid_to IS NULL OR q.valid_to >= ?)""", (ResultSet rs) -> {
                QualificationType type = QualificationType.valueOf(rs.getString(1));
                p.held(id, type.creditFlag(), type.name(), rs.getObject(2, LocalDate.class));
            }, id, p.asOf(), p.asOf());
        });
    }

    /**
     * One figures row (id, year, employees, revenue, assets, tax, R&D) into the population; the entity's latest year
     * ({@code latest}: rows come newest first) decides its size class, as in the profile.
     */
    private static void figureRow(Population p, ResultSet rs, String industry, boolean latest) throws SQLException {
        int id = rs.getInt(1);
        int year = rs.getInt(2);
        Long employees = longOrNull(rs, 3);
        Long revenue = longOrNull(rs, 4);
        Long assets = longOrNull(rs, 5);
        p.figure(id, "employees", year, employees);
        p.figure(id, "revenue", year, revenue);
        p.figure(id, "total_assets", year, assets);
        p.figure(id, "tax", year, longOrNull(rs, 6));
        p.figure(id, "rnd", year, longOrNull(rs, 7));
        if (latest) {
            SizeClass size = SizeStandard.classOf(industry, new SizeFigures(employees, revenue, assets));
            p.sizeClass(id, size == SizeClass.UNDETERMINED ? null : size.name());
        }
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}

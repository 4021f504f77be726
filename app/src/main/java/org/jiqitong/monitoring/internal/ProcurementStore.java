package org.jiqitong.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.monitoring.ProcurementCategory;
import org.jiqitong.monitoring.ProcurementLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A department's procurement plan per year: an upload replaces the year's lines in one transaction. */
@Component
class ProcurementStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProcurementStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void replace(String department, int year, List<ProcurementLine> lines, String by) {
        jdbc.sql("DELETE FROM monitoring_procurement_line WHERE department_code = ? AND year = ?").params(department, year)
                .update();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ProcurementLine l : lines) {
            jdbc.sql("""
                    INSERT INTO monitoring_procurement_line (department_code, year, line_id, category, budget_fen, suitable,
                        reserved_fen, small_micro_fen, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(department, year, l.id(), l.category().name(), l.budgetFen(), l.suitableForSme(),
                            l.reservedFen(), l.reservedSmallMicroFen(), by, now).update();
        }
    }

    public List<ProcurementLine> lines(String department, int year) {
        return jdbc.sql("""
                SELECT line_id, category, budget_fen, suitable, reserved_fen, small_micro_fen FROM monitoring_procurement_line
                WHERE department_code = ? AND year = ? ORDER BY line_id""").params(department, year)
                .query((rs, i) -> new ProcurementLine(rs.getString(1), ProcurementCategory.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getBoolean(4), rs.getLong(5), rs.getLong(6))).list();
    }
}

package org.jiqitong.monitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The targets and their recorded readings. */
@Component
public class TargetStore {

    public record Row(long id, String name, String measure, long target, String unit, LocalDate startOn, LocalDate dueOn,
            String source) {
    }

    public record Reading(LocalDate asOf, long value) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TargetStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Row> all() {
        return jdbc.sql("SELECT id, name, measure, target, unit, start_on, due_on, source FROM monitoring_target ORDER BY due_on, id")
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getString(8))).list();
    }

    public long insert(String name, String measure, long target, String unit, LocalDate start, LocalDate due, String source,
            String by) {
        return jdbc.sql("""
                INSERT INTO monitoring_target (name, measure, target, unit, start_on, due_on, source, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(name, measure, target, unit, start, due, source, by, OffsetDateTime.now(clock)).query(Long.class).single();
    }

    /** Records (or corrects) the reading of a day. */
    public void reading(long id, LocalDate asOf, long value, String by) {
        jdbc.sql("""
                INSERT INTO monitoring_target_reading (target_id, as_of, value, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (target_id, as_of) DO UPDATE SET value = EXCLUDED.value, recorded_by = EXCLUDED.recorded_by,
                    recorded_at = EXCLUDED.recorded_at""").params(id, asOf, value, by, OffsetDateTime.now(clock)).update();
    }

    public Optional<Reading> latest(long id) {
        return jdbc.sql("""
                SELECT as_of, value FROM monitoring_target_reading WHERE target_id = ? ORDER BY as_of DESC LIMIT 1""")
                .param(id).query((rs, i) -> new Reading(rs.getObject(1, LocalDate.class), rs.getLong(2))).optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM monitoring_target WHERE id = ?)").param(id).query(Boolean.class).single();
    }
}

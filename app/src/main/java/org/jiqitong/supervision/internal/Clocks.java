package org.jiqitong.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.supervision.CalendarDay;
import org.jiqitong.supervision.ClockView;
import org.jiqitong.supervision.UrgeView;
import org.jiqitong.supervision.WorkingCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The supervision tables; the calendar is read once and again after each edit. */
@Component
public class Clocks {

    private static final String COLUMNS = """
            id, subject, subject_id, stage, department_code, title, sla_days, started_on, due_on, paused_since,
            finished_at, escalated_at""";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private volatile WorkingCalendar calendar;

    Clocks(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The platform clock's present moment (recorded instants follow the one clock, not the database's). */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * The calendar, kept in memory and checked against the table at most every {@value #RECHECK_MS} ms (a digest
     * of its days): an edit on another instance of the cluster reaches this one within seconds.
     */
    public WorkingCalendar calendar() {
        WorkingCalendar c = calendar;
        long now = System.nanoTime();
        if (c != null && now - checkedAt < RECHECK_MS * 1_000_000L) {
            return c;
        }
        String stamp = jdbc.sql("""
                SELECT count(*) || '/' || coalesce(md5(string_agg(day::text || kind, ',' ORDER BY day)), '')
                FROM supervision_calendar_day""").query(String.class).single();
        if (c == null || !stamp.equals(calendarStamp)) {
            Map<LocalDate, WorkingCalendar.Kind> days = new HashMap<>();
            jdbc.sql("SELECT day, kind FROM supervision_calendar_day").query(rs -> {
                days.put(rs.getObject(1, LocalDate.class), WorkingCalendar.Kind.valueOf(rs.getString(2)));
            });
            c = new WorkingCalendar(days);
            calendar = c;
            calendarStamp = stamp;
        }
        checkedAt = now;
        return c;
    }

    static final long RECHECK_MS = 2_000;
    private volatile String calendarStamp;
    private volatile long checkedAt;

    public List<CalendarDay> days(int year) {
        return jdbc.sql("""
                SELECT day, kind, name, updated_by FROM supervision_calendar_day
                WHERE day BETWEEN ? AND ? ORDER BY day""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, i) -> new CalendarDay(rs.getObject(1, LocalDate.class),
                        WorkingCalendar.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void setDay(LocalDate day, WorkingCalendar.Kind kind, String name, String by) {
        if (kind == null) {
            jdbc.sql("DELETE FROM supervision_calendar_day WHERE day = ?").param(day).update();
        } else {
            jdbc.sql("""
                    INSERT INTO supervision_calendar_day (day, kind, name, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                        updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                    .params(day, kind.name(), name, by, now()).update();
        }
        calendar = null;
    }

    /** Whether any day of {@code year} differs from the weekday rule, i.e. its official calendar was entered. */
    public boolean hasDays(int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM supervision_calendar_day WHERE day BETWEEN ? AND ?)")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(Boolean.class).single();
    }

    public long start(String subject, long subjectId, String stage, String department, String title, int sla,
            LocalDate startedOn, LocalDate due) {
        jdbc.sql("""
                INSERT INTO supervision_clock (subject, subject_id, stage, department_code, title, sla_days, started_on,
                                               due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (subject, subject_id, stage) DO NOTHING""")
                .params(subject, subjectId, stage, department, title, sla, startedOn, due).update();
        return find(subject, subjectId, stage).orElseThrow().id();
    }

    public void pause(String subject, long subjectId, String stage, LocalDate on) {
        jdbc.sql("""
                UPDATE supervision_clock SET paused_since = ? WHERE subject = ? AND subject_id = ? AND stage = ?
                  AND finished_at IS NULL AND paused_since IS NULL""").params(on, subject, subjectId, stage).update();
    }

    public void resume(long id, LocalDate due) {
        jdbc.sql("UPDATE supervision_clock SET paused_since = NULL, due_on = ? WHERE id = ?").params(due, id).update();
    }

    public void reassign(String subject, long subjectId, String stage, String department) {
        jdbc.sql("""
                UPDATE supervision_clock SET department_code = ? WHERE subject = ? AND subject_id = ? AND stage = ?
                  AND finished_at IS NULL""").params(department, subject, subjectId, stage).update();
    }

    public void finish(String subject, long subjectId, String stage) {
        jdbc.sql("""
                UPDATE supervision_clock SET finished_at = ?, paused_since = NULL
                WHERE subject = ? AND subject_id = ? AND stage = ? AND finished_at IS NULL""")
                .params(now(), subject, subjectId, stage).update();
    }

    public Optional<ClockView> find(String subject, long subjectId, String stage) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_clock WHERE subject = ? AND subject_id = ? AND stage = ?")
                .params(subject, subjectId, stage).query(Clocks::view).optional();
    }

    public Optional<ClockView> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_clock WHERE id = ?").param(id).query(Clocks::view)
                .optional();
    }

    public List<ClockView> of(String subject, long subjectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_clock WHERE subject = ? AND subject_id = ? ORDER BY id")
                .params(subject, subjectId).query(Clocks::view).list();
    }

    public List<ClockView> open(String department) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM supervision_clock WHERE finished_at IS NULL
                  AND (CAST(? AS text) IS NULL OR department_code = ?) ORDER BY due_on, id LIMIT 500""")
                .params(department, department).query(Clocks::view).list();
    }

    public List<ClockView> overdueNotEscalated(LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM supervision_clock WHERE finished_at IS NULL AND paused_since IS NULL AND escalated_at IS NULL
                  AND due_on < ? ORDER BY id FOR UPDATE SKIP LOCKED""").param(today).query(Clocks::view).list();
    }

    public void escalated(long id) {
        jdbc.sql("UPDATE supervision_clock SET escalated_at = ? WHERE id = ?").params(now(), id).update();
    }

    public long urge(long clockId, String message, String by) {
        return jdbc.sql("INSERT INTO supervision_urge (clock_id, urged_by, message, urged_at) VALUES (?, ?, ?, ?) RETURNING id")
                .params(clockId, by, message, now()).query(Long.class).single();
    }

    public List<UrgeView> urges(String subject, long subjectId) {
        return jdbc.sql("""
                SELECT u.id, u.clock_id, c.stage, u.urged_by, u.message, u.urged_at, u.seen_at FROM supervision_urge u
                JOIN supervision_clock c ON c.id = u.clock_id WHERE c.subject = ? AND c.subject_id = ? ORDER BY u.id""")
                .params(subject, subjectId)
                .query((rs, i) -> new UrgeView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    private static ClockView view(ResultSet rs, int i) throws SQLException {
        return new ClockView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class));
    }
}

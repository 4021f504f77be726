package org.jiqitong.resources.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiqitong.resources.Booking;
import org.jiqitong.resources.BookingStatus;
import org.jiqitong.resources.ResourcesRefusedException;
import org.jiqitong.resources.SlotTakenException;
import org.jiqitong.shared.ChinaTime;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bookings of shared facilities. That two live bookings of one facility never overlap is the table's exclusion
 * constraint: of concurrent requests for one slot exactly one is inserted, the others are refused here as taken.
 */
@Component
public class BookingStore {

    private static final String COLUMNS = """
            SELECT b.id, b.resource_id, r.title, b.uscc, lower(b.slot), upper(b.slot), b.purpose, b.status, b.reason,
                   b.created_at, b.row_version FROM resources_booking b JOIN resources_resource r ON r.id = b.resource_id""";
    private static final String NO_OVERLAP = "resources_booking_no_overlap";

    private final JdbcClient jdbc;
    private final Clock clock;

    BookingStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long resourceId, String uscc, Instant start, Instant end, String purpose, String by) {
        try {
            return jdbc.sql("""
                    INSERT INTO resources_booking (resource_id, uscc, slot, purpose, status, created_by, created_at)
                    VALUES (?, ?, tstzrange(?, ?, '[)'), ?, 'REQUESTED', ?, ?) RETURNING id""")
                    .params(resourceId, uscc, OffsetDateTime.ofInstant(start, ChinaTime.ZONE),
                            OffsetDateTime.ofInstant(end, ChinaTime.ZONE), purpose, by, OffsetDateTime.now(clock))
                    .query(Long.class).single();
        } catch (DataAccessException e) {
            if (String.valueOf(e.getMessage()).contains(NO_OVERLAP)) {
                throw new SlotTakenException("该时段已被预约(与已有预约重叠),请选择其他时段");
            }
            throw e;
        }
    }

    public void save(Booking.Changed c, String actor, String reason) {
        int n = jdbc.sql("""
                UPDATE resources_booking SET status = ?, decided_by = ?, reason = ?, decided_at = ?,
                    row_version = row_version + 1 WHERE id = ? AND status = ? AND row_version = ?""")
                .params(c.to().name(), actor, reason, OffsetDateTime.now(clock), c.id(), c.from().name(),
                        c.expectedVersion()).update();
        if (n != 1) {
            throw new ResourcesRefusedException("该预约的状态刚刚已被改变,请刷新后再试");
        }
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE b.id = ?").param(id).query(BookingStore::row).optional();
    }

    /** The live bookings of a facility that overlap [from, to). */
    public List<Row> live(long resourceId, Instant from, Instant to) {
        return jdbc.sql(COLUMNS + " " + """
                 WHERE b.resource_id = ? AND b.status IN ('REQUESTED','APPROVED')
                   AND b.slot && tstzrange(?, ?, '[)') ORDER BY lower(b.slot)""")
                .params(resourceId, OffsetDateTime.ofInstant(from, ChinaTime.ZONE), OffsetDateTime.ofInstant(to, ChinaTime.ZONE))
                .query(BookingStore::row).list();
    }

    public List<Row> ofEnterprise(String uscc) {
        return jdbc.sql(COLUMNS + " WHERE b.uscc = ? ORDER BY lower(b.slot) DESC LIMIT 200").param(uscc)
                .query(BookingStore::row).list();
    }

    /** The department's facilities' bookings: those waiting first, then the coming ones. */
    public List<Row> ofDepartment(String department) {
        return jdbc.sql(COLUMNS + " " + """
                 WHERE r.department_code = ? AND (b.status = 'REQUESTED' OR upper(b.slot) > ?)
                 ORDER BY b.status <> 'REQUESTED', lower(b.slot) LIMIT 200""")
                .params(department, OffsetDateTime.now(clock)).query(BookingStore::row).list();
    }

    /** A booking with its row version. */
    public record Row(long id, long resourceId, String resourceTitle, String uscc, OffsetDateTime start,
            OffsetDateTime end, String purpose, BookingStatus status, String reason, OffsetDateTime createdAt,
            int version) {
        public Booking aggregate() {
            return new Booking(id, status, start.toInstant(), version);
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                BookingStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                rs.getInt(11));
    }
}

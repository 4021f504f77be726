package org.jiqitong.resources.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiqitong.resources.Need;
import org.jiqitong.resources.NeedKind;
import org.jiqitong.resources.NeedStatus;
import org.jiqitong.resources.NeedView;
import org.jiqitong.resources.NewNeed;
import org.jiqitong.resources.ResourcesRefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Needs, their routes to departments, and the pushes of resources that fit them. */
@Component
public class NeedStore {

    private static final String COLUMNS = """
            SELECT id, uscc, kind, area_mu, area_m2, amount_fen, max_rent_fen, districts, industry, needed_by,
                   description, status, drafted_by, created_at, row_version FROM resources_need""";

    private final JdbcClient jdbc;
    private final Clock clock;

    NeedStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(String uscc, NewNeed n, NeedStatus status, String draftedBy, String by) {
        return jdbc.sql("""
                INSERT INTO resources_need (uscc, kind, area_mu, area_m2, amount_fen, max_rent_fen, districts, industry,
                    needed_by, description, status, drafted_by, created_by, created_at, confirmed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(uscc, n.kind().name(), n.areaMu(), n.areaM2(), n.amountFen(), n.maxRentFen(),
                        n.districts().toArray(String[]::new), n.industry(), n.neededBy(), n.description().strip(),
                        status.name(), draftedBy, by, now(), status == NeedStatus.OPEN ? now() : null)
                .query(Long.class).single();
    }

    public void save(Need.Changed c) {
        int n = jdbc.sql("""
                UPDATE resources_need SET status = ?, row_version = row_version + 1,
                    confirmed_at = CASE WHEN ? = 'OPEN' THEN ? ELSE confirmed_at END,
                    closed_at = CASE WHEN ? = 'CLOSED' THEN ? ELSE closed_at END
                WHERE id = ? AND status = ? AND row_version = ?""")
                .params(c.to().name(), c.to().name(), now(), c.to().name(), now(), c.id(), c.from().name(),
                        c.expectedVersion()).update();
        if (n != 1) {
            throw new ResourcesRefusedException("该需求的状态刚刚已被改变,请刷新后再试");
        }
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(NeedStore::row).optional();
    }

    public List<Row> ofEnterprise(String uscc) {
        return jdbc.sql(COLUMNS + " WHERE uscc = ? ORDER BY id DESC LIMIT 200").param(uscc).query(NeedStore::row).list();
    }

    public List<Row> open(NeedKind kind) {
        return jdbc.sql(COLUMNS + " WHERE status = 'OPEN' AND kind = ? ORDER BY id").param(kind.name())
                .query(NeedStore::row).list();
    }

    /** Routes a need to a department once; returns the route's id, or empty when it was routed there before. */
    public Optional<Long> route(long needId, String department) {
        return jdbc.sql("""
                INSERT INTO resources_need_route (need_id, department_code, status, routed_at) VALUES (?, ?, 'ROUTED', ?)
                ON CONFLICT (need_id, department_code) DO NOTHING RETURNING id""")
                .params(needId, department, now()).query(Long.class).optional();
    }

    public record RouteRow(long id, long needId, String departmentCode, boolean responded, String response,
            OffsetDateTime routedAt, OffsetDateTime respondedAt) {
    }

    public List<RouteRow> routes(long needId) {
        return jdbc.sql(ROUTE_COLUMNS + " WHERE need_id = ? ORDER BY id").param(needId).query(NeedStore::route).list();
    }

    public Optional<RouteRow> routeById(long id) {
        return jdbc.sql(ROUTE_COLUMNS + " WHERE id = ?").param(id).query(NeedStore::route).optional();
    }

    /** The department's routes, unanswered first. */
    public List<RouteRow> routesOf(String department) {
        return jdbc.sql(ROUTE_COLUMNS + " WHERE department_code = ? ORDER BY status, id DESC LIMIT 200")
                .param(department).query(NeedStore::route).list();
    }

    /** Answers a route once (compare-and-set): false when it was answered already. */
    public boolean respond(long routeId, String response, String by) {
        return jdbc.sql("""
                UPDATE resources_need_route SET status = 'RESPONDED', response = ?, responder = ?, responded_at = ?
                WHERE id = ? AND status = 'ROUTED'""").params(response, by, now(), routeId).update() == 1;
    }

    /** Records that a resource was pushed for a need; false when it was before (one message per pair). */
    public boolean pushed(long resourceId, long needId) {
        return jdbc.sql("""
                INSERT INTO resources_push (resource_id, need_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(resourceId, needId, now()).update() == 1;
    }

    private static final String ROUTE_COLUMNS = """
            SELECT id, need_id, department_code, status, response, routed_at, responded_at FROM resources_need_route""";

    private static RouteRow route(ResultSet rs, int i) throws SQLException {
        return new RouteRow(rs.getLong(1), rs.getLong(2), rs.getString(3), "RESPONDED".equals(rs.getString(4)),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class));
    }

    /** A need as stored, with its row version. */
    public record Row(long id, String uscc, NeedKind kind, java.math.BigDecimal areaMu, java.math.BigDecimal areaM2,
            Long amountFen, Long maxRentFen, List<String> districts, String industry, LocalDate neededBy,
            String description, NeedStatus status, String draftedBy, OffsetDateTime createdAt, int version) {
        public Need aggregate() {
            return new Need(id, status, version);
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), NeedKind.valueOf(rs.getString(3)), rs.getBigDecimal(4),
                rs.getBigDecimal(5), (Long) rs.getObject(6), (Long) rs.getObject(7),
                List.of((String[]) rs.getArray(8).getArray()), rs.getString(9), rs.getObject(10, LocalDate.class),
                rs.getString(11), NeedStatus.valueOf(rs.getString(12)), rs.getString(13),
                rs.getObject(14, OffsetDateTime.class), rs.getInt(15));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

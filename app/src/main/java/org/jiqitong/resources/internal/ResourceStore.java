package org.jiqitong.resources.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.resources.LoanTag;
import org.jiqitong.resources.NewResource;
import org.jiqitong.resources.Resource;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceStatus;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.ResourcesRefusedException;
import org.jiqitong.resources.SupplyMode;
import org.jiqitong.resources.Terms;
import org.jiqitong.shared.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The library's tables. A status changes by compare-and-set on the row version, so two clicks cannot both win. */
@Component
public class ResourceStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            SELECT id, kind, department_code, title, district, industries, summary, area_mu, area_m2, rent_fen,
                   amount_min_fen, amount_max_fen, rate_bp, fee_rate_bp, supply_mode, tags, available_from, open_from,
                   open_to, slot_minutes, linked_items, details::text, condition::text, fixtures::text, illustrative,
                   status, author, approver, published_at, closed_at, row_version FROM resources_resource""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ResourceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(String department, NewResource r, String author) {
        Terms t = r.terms();
        return jdbc.sql("""
                INSERT INTO resources_resource (kind, department_code, title, district, industries, summary, area_mu,
                    area_m2, rent_fen, amount_min_fen, amount_max_fen, rate_bp, fee_rate_bp, supply_mode, tags,
                    available_from, open_from, open_to, slot_minutes, linked_items, details, condition, fixtures,
                    illustrative, author, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb),
                        CAST(? AS jsonb), ?, ?, ?) RETURNING id""")
                .params(values(r, department, author)).query(Long.class).single();
    }

    private List<Object> values(NewResource r, String department, String author) {
        Terms t = r.terms();
        return new ArrayList<>(Arrays.asList(r.kind().name(), department, r.title(), r.district(),
                r.industries().toArray(String[]::new), r.summary() == null ? "" : r.summary(), t.areaMu(), t.areaM2(),
                t.rentFen(), t.amountMinFen(), t.amountMaxFen(), t.rateBp(), t.feeRateBp(),
                t.supplyMode() == null ? null : t.supplyMode().name(), t.tags().stream().map(Enum::name).toArray(String[]::new),
                t.availableFrom(), t.openFrom(), t.openTo(), t.slotMinutes(), t.linkedItems().toArray(Long[]::new),
                JSON.writeValueAsString(r.details()), r.condition(), r.fixtures(), r.illustrative(), author,
                OffsetDateTime.now(clock)));
    }

    /** Rewrites a draft (the caller checked it is one); false when it changed meanwhile. */
    public boolean update(long id, int version, NewResource r) {
        List<Object> v = values(r, null, null);
        v = new ArrayList<>(v.subList(0, 24));
        v.remove(1); // the department stays
        v.add(id);
        v.add(version);
        return jdbc.sql("""
                UPDATE resources_resource SET kind = ?, title = ?, district = ?, industries = ?, summary = ?,
                    area_mu = ?, area_m2 = ?, rent_fen = ?, amount_min_fen = ?, amount_max_fen = ?, rate_bp = ?,
                    fee_rate_bp = ?, supply_mode = ?, tags = ?, available_from = ?, open_from = ?, open_to = ?,
                    slot_minutes = ?, linked_items = ?, details = CAST(? AS jsonb), condition = CAST(? AS jsonb),
                    fixtures = CAST(? AS jsonb), illustrative = ?, row_version = row_version + 1
                WHERE id = ? AND row_version = ? AND status = 'DRAFT'""").params(v).update() == 1;
    }

    /** The step's compare-and-set; refused loudly when someone else moved it first. */
    public void save(Resource.Changed c, String actor, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int n = jdbc.sql("""
                UPDATE resources_resource SET status = ?, row_version = row_version + 1,
                    approver = CASE WHEN ? = 'PUBLISH' THEN ? ELSE approver END,
                    published_at = CASE WHEN ? = 'PUBLISH' THEN ? ELSE published_at END,
                    closed_at = CASE WHEN ? = 'CLOSE' THEN ? ELSE closed_at END
                WHERE id = ? AND status = ? AND row_version = ?""")
                .params(c.to().name(), c.action(), actor, c.action(), now, c.action(), now, c.id(), c.from().name(),
                        c.expectedVersion()).update();
        if (n != 1) {
            throw new ResourcesRefusedException("该资源的状态刚刚已被他人改变,请刷新后再试");
        }
        event(c.id(), c.action(), c.from(), c.to(), actor, reason);
    }

    public void event(long id, String action, ResourceStatus from, ResourceStatus to, String actor, String reason) {
        jdbc.sql("""
                INSERT INTO resources_event (resource_id, action, from_status, to_status, actor, reason, at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, action, from == null ? null : from.name(), to.name(), actor, reason, OffsetDateTime.now(clock))
                .update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(ResourceStore::row).optional();
    }

    /** The public catalogue: published resources by kind, district, industry and words, newest first. */
    public Page<ResourceView> search(ResourceKind kind, String district, String industry, String q, int page, int size) {
        String where = " " + """
                 WHERE status = 'PUBLISHED' AND (CAST(? AS text) IS NULL OR kind = ?)
                   AND (CAST(? AS text) IS NULL OR district = ? OR district IS NULL)
                   AND (CAST(? AS text) IS NULL OR cardinality(industries) = 0
                        OR EXISTS (SELECT 1 FROM unnest(industries) i WHERE ? LIKE i || '%' OR i LIKE ? || '%'))
                   AND (CAST(? AS text) IS NULL OR title ILIKE ? OR summary ILIKE ? OR details::text ILIKE ?)""";
        String k = kind == null ? null : kind.name();
        String like = q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Object[] params = {k, k, district, district, industry, industry, industry, q, like, like, like};
        long total = jdbc.sql("SELECT count(*) FROM resources_resource" + where).params(params).query(Long.class).single();
        List<Object> p = new ArrayList<>(Arrays.asList(params));
        p.add(size);
        p.add((long) page * size);
        List<ResourceView> items = jdbc.sql(COLUMNS + where + " ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(p).query(ResourceStore::row).list().stream().map(Row::view).toList();
        return new Page<>(items, total, page, size);
    }

    /** Every published resource of these kinds (the library is thousands, not millions: matching reads them all). */
    public List<ResourceView> published(List<ResourceKind> kinds) {
        return jdbc.sql(COLUMNS + " WHERE status = 'PUBLISHED' AND kind = ANY(?) ORDER BY id")
                .param(kinds.stream().map(Enum::name).toArray(String[]::new)).query(ResourceStore::row).list().stream()
                .map(Row::view).toList();
    }

    public List<ResourceView> ofDepartment(String department) {
        return jdbc.sql(COLUMNS + " WHERE department_code = ? ORDER BY status = 'CLOSED', id DESC LIMIT 500")
                .param(department).query(ResourceStore::row).list().stream().map(Row::view).toList();
    }

    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM resources_resource)").query(Boolean.class).single();
    }

    public Map<ResourceKind, Long> publishedByKind() {
        Map<ResourceKind, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, count(*) FROM resources_resource WHERE status = 'PUBLISHED' GROUP BY kind")
                .query((rs, i) -> counts.put(ResourceKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** A resource with its row version, for the aggregate. */
    public record Row(ResourceView view, int version) {
        public Resource aggregate() {
            return new Resource(view.id(), view.status(), view.author(), version);
        }
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Terms terms = new Terms(rs.getBigDecimal(8), rs.getBigDecimal(9), (Long) rs.getObject(10),
                (Long) rs.getObject(11), (Long) rs.getObject(12), (Integer) rs.getObject(13), (Integer) rs.getObject(14),
                rs.getString(15) == null ? null : SupplyMode.valueOf(rs.getString(15)),
                Arrays.stream((String[]) rs.getArray(16).getArray()).map(LoanTag::valueOf).toList(),
                rs.getObject(17, java.time.LocalDate.class), rs.getObject(18, LocalTime.class),
                rs.getObject(19, LocalTime.class), (Integer) rs.getObject(20),
                List.of((Long[]) rs.getArray(21).getArray()));
        Map<String, String> details = JSON.readValue(rs.getString(22), new TypeReference<LinkedHashMap<String, String>>() {
        });
        return new Row(new ResourceView(rs.getLong(1), ResourceKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), List.of((String[]) rs.getArray(6).getArray()), rs.getString(7), terms,
                details, rs.getString(23), rs.getString(24), rs.getBoolean(25), ResourceStatus.valueOf(rs.getString(26)),
                rs.getString(27), rs.getString(28), rs.getObject(29, OffsetDateTime.class),
                rs.getObject(30, OffsetDateTime.class)), rs.getInt(31));
    }
}

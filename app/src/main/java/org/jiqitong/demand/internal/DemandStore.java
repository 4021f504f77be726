package org.jiqitong.demand.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.demand.DemandCategory;
import org.jiqitong.demand.DemandStatus;
import org.jiqitong.demand.DemandView;
import org.jiqitong.demand.NewDemand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demand tables; status changes are compare-and-set. */
@Component
public class DemandStore {

    private static final String COLUMNS = """
            d.id, d.token, d.channel, d.uscc, d.category, c.name_zh, d.description, d.address, d.lat, d.lon,
            d.first_receiver, d.department_code, d.status, d.resolved, d.reply, d.rating, d.reopened, d.respond_due,
            d.resolve_due, d.created_at, d.responded_at, d.replied_at, d.updated_at
            FROM demand d JOIN demand_category c ON c.code = d.category""";

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    DemandStore(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The caller's name, phone and e-mail as given (each may be null). */
    public java.util.Optional<String[]> caller(long id) {
        return jdbc.sql("SELECT caller_name, caller_phone, caller_email FROM demand WHERE id = ?").param(id)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
    }

    /** The platform clock's present moment (recorded instants follow the one clock, not the database's). */
    public java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    public List<DemandCategory> categories(boolean activeOnly) {
        return jdbc.sql("""
                SELECT code, name_zh, name_en, description, department_code, respond_hours, resolve_days, grp, active
                FROM demand_category WHERE (? = false OR active) ORDER BY code""").param(activeOnly)
                .query((rs, i) -> new DemandCategory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getBoolean(9)))
                .list();
    }

    public Optional<DemandCategory> category(String code) {
        return categories(false).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public void saveCategory(DemandCategory c) {
        jdbc.sql("""
                UPDATE demand_category SET department_code = ?, respond_hours = ?, resolve_days = ?, active = ?
                WHERE code = ?""").params(c.departmentCode(), c.respondHours(), c.resolveDays(), c.active(), c.code())
                .update();
    }

    public long insert(String token, NewDemand d, String department, OffsetDateTime respondDue, LocalDate resolveDue,
            OffsetDateTime createdAt) {
        return jdbc.sql("""
                INSERT INTO demand (token, channel, uscc, caller_name, caller_phone, caller_email, category, description,
                                    address, lat, lon, first_receiver, department_code, status, respond_due, resolve_due,
                                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DISPATCHED', ?, ?, ?, ?) RETURNING id""")
                .params(token, d.channel(), d.uscc(), d.callerName(), d.callerPhone(), d.callerEmail(), d.category(),
                        d.description(), d.address(), d.lat(), d.lon(), department, department, respondDue, resolveDue,
                        createdAt, createdAt)
                .query(Long.class).single();
    }

    public Optional<DemandView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE d.id = ?").param(id).query(DemandStore::view).optional();
    }

    public Optional<DemandView> byToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE d.token = ?").param(token).query(DemandStore::view).optional();
    }

    public List<DemandView> search(List<Long> ids, String category, OffsetDateTime from, OffsetDateTime to,
            Boolean open, int limit) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("ids", ids == null ? null : ids.toArray(Long[]::new));
        p.put("category", category);
        p.put("from", from);
        p.put("to", to);
        p.put("open", open);
        p.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 WHERE (CAST(:ids AS bigint[]) IS NULL OR d.id = ANY(CAST(:ids AS bigint[])))
                  AND (CAST(:category AS text) IS NULL OR d.category = :category)
                  AND (CAST(:from AS timestamptz) IS NULL OR d.created_at >= :from)
                  AND (CAST(:to AS timestamptz) IS NULL OR d.created_at <= :to)
                  AND (CAST(:open AS boolean) IS NULL OR (d.status <> 'CLOSED') = :open)
                ORDER BY d.created_at DESC, d.id DESC LIMIT :limit""").params(p).query(DemandStore::view).list();
    }

    public List<DemandView> ofEnterprise(String uscc) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE d.uscc = ? ORDER BY d.id DESC").param(uscc)
                .query(DemandStore::view).list();
    }

    public List<DemandView> ofDepartment(String department, boolean returnedToo) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 WHERE (d.department_code = ? AND d.status IN ('DISPATCHED','RESPONDED','REOPENED'))
                    OR (? AND d.status = 'RETURNED') ORDER BY d.respond_due, d.id""")
                .params(department, returnedToo).query(DemandStore::view).list();
    }

    /** The aggregate of a demand as read. */
    public Demand aggregate(DemandView d) {
        return new Demand(d.id(), d.status(), d.reopened());
    }

    /** Writes a step with its own columns; refuses loudly when the demand changed meanwhile. */
    public void save(DemandEvent e) {
        if (e instanceof DemandEvent.DemandResponded) {
            cas(e, "responded_at = coalesce(responded_at, ?)", now()); // the first response stays on record
        } else if (e instanceof DemandEvent.DemandTransferred t) {
            cas(e, "department_code = ?", t.department());
        } else if (e instanceof DemandEvent.DemandRedispatched r) {
            cas(e, "department_code = ?", r.department());
        } else if (e instanceof DemandEvent.DemandReplied r) {
            cas(e, "reply = ?, resolved = ?, replied_at = ?", r.reply(), r.resolved(), now());
        } else if (e instanceof DemandEvent.DemandRated r) {
            cas(e, "rating = ?, rated_at = ?", r.rating(), now());
        } else if (e instanceof DemandEvent.DemandReopened) {
            // counted, and the rating and the verdict of the first reply cleared
            cas(e, "reopened = reopened + 1, rating = NULL, rated_at = NULL, resolved = NULL");
        } else {
            cas(e, ""); // a return: the status alone
        }
    }

    /**
     * The compare-and-set of one step on the status it came from, with the step's own columns (fixed per step, never
     * from input); refuses loudly when the demand changed meanwhile.
     */
    private void cas(DemandEvent c, String columns, Object... params) {
        Object[] all = new Object[params.length + 4];
        all[0] = c.to().name();
        all[1] = now();
        System.arraycopy(params, 0, all, 2, params.length);
        all[params.length + 2] = c.id();
        all[params.length + 3] = c.from().name();
        if (jdbc.sql("UPDATE demand SET status = ?, updated_at = ?" + (columns.isEmpty() ? "" : ", " + columns)
                + " WHERE id = ? AND status = ?")
                .params(all).update() != 1) {
            throw new org.jiqitong.demand.DemandRefusedException(null, "该诉求的状态刚刚已被他人改变,请刷新后再试");
        }
    }

    public void event(long id, String action, String department, String note, String actor) {
        jdbc.sql("INSERT INTO demand_event (demand_id, action, department_code, note, actor, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, action, department, note, actor, now()).update();
    }

    /** The steps as [at, action, department, note] (never who). */
    public List<Object[]> timeline(long id) {
        return jdbc.sql("SELECT at, action, department_code, note FROM demand_event WHERE demand_id = ? ORDER BY id")
                .param(id).query((rs, i) -> new Object[] {rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                    rs.getString(3), rs.getString(4)}).list();
    }

    public void attach(long demandId, String sha256, String fileName) {
        jdbc.sql("""
                INSERT INTO demand_attachment (demand_id, sha256, file_name, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (demand_id, sha256) DO NOTHING""").params(demandId, sha256, fileName, now()).update();
    }

    public List<org.jiqitong.demand.Attachment> attachments(long demandId) {
        return jdbc.sql("""
                SELECT a.sha256, a.file_name, b.content_type FROM demand_attachment a
                JOIN shared_blob b ON b.sha256 = a.sha256 WHERE a.demand_id = ? ORDER BY a.added_at""")
                .param(demandId)
                .query((rs, i) -> new org.jiqitong.demand.Attachment(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public void registerClient(String apiKey, String name) {
        if (apiKey == null || apiKey.length() < 16) {
            throw new IllegalArgumentException("api_key 至少16个字符");
        }
        jdbc.sql("INSERT INTO open311_client (key_sha256, name) VALUES (?, ?) ON CONFLICT (key_sha256) DO NOTHING")
                .params(sha256(apiKey), name).update();
    }

    public boolean validKey(String apiKey) {
        return apiKey != null && jdbc.sql("SELECT count(*) FROM open311_client WHERE key_sha256 = ? AND active")
                .param(sha256(apiKey)).query(Long.class).single() > 0;
    }

    /** Rows for the rates: [department, category, month, respondedInTime, replied, resolved, rated, satisfied]. */
    public List<Object[]> rateRows(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                SELECT d.department_code, d.category, to_char(d.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'),
                       d.responded_at IS NOT NULL AND d.responded_at <= d.respond_due,
                       d.replied_at IS NOT NULL, coalesce(d.resolved, false), d.rating IS NOT NULL,
                       d.rating IN ('SATISFIED','BASIC')
                FROM demand d WHERE (CAST(? AS timestamptz) IS NULL OR d.created_at >= ?)
                  AND (CAST(? AS timestamptz) IS NULL OR d.created_at < ?)""")
                .params(from, from, to, to)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8)})
                .list();
    }

    private static DemandView view(ResultSet rs, int i) throws SQLException {
        return new DemandView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), (Double) rs.getObject(9), (Double) rs.getObject(10),
                rs.getString(11), rs.getString(12), DemandStatus.valueOf(rs.getString(13)), (Boolean) rs.getObject(14),
                rs.getString(15), rs.getString(16), rs.getInt(17), rs.getObject(18, OffsetDateTime.class),
                rs.getObject(19, LocalDate.class), rs.getObject(20, OffsetDateTime.class),
                rs.getObject(21, OffsetDateTime.class), rs.getObject(22, OffsetDateTime.class),
                rs.getObject(23, OffsetDateTime.class));
    }

    /** Keys are stored as their SHA-256 only (issue 13.23); a lookup hashes the presented key. */
    private static byte[] sha256(String key) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

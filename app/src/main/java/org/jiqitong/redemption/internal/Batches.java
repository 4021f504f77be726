package org.jiqitong.redemption.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.matching.EligibleEntity;
import org.jiqitong.redemption.BatchLine;
import org.jiqitong.redemption.BatchView;
import org.jiqitong.shared.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 免申即享 tables. Line states change by compare-and-set, so two clicks cannot both win. */
@Component
public class Batches {

    private static final String BATCH = """
            SELECT b.id, b.item_id, b.version_id, b.item_name, b.department_code, b.as_of, b.snapshot_hash, b.status,
                   b.started_by, b.started_at, b.approved_by, b.notice_ends_on, b.remind_on, b.confirm_by,
                   count(*) FILTER (WHERE l.state = 'LISTED'), count(*) FILTER (WHERE l.state = 'EXCLUDED'),
                   count(*) FILTER (WHERE l.state = 'NOTIFIED'), count(*) FILTER (WHERE l.state = 'CONFIRMED'),
                   count(*) FILTER (WHERE l.state = 'DECLINED'), count(*) FILTER (WHERE l.state = 'LAPSED'),
                   count(*) FILTER (WHERE a.status = 'PAID')
            FROM no_application_batch b
            LEFT JOIN no_application_line l ON l.batch_id = b.id
            LEFT JOIN redemption_application a ON a.id = l.application_id
            """;
    private static final String GROUP = " GROUP BY b.id";

    private static final String LINE = """
            SELECT l.batch_id, l.item_id, b.item_name, l.uscc, l.entity_name, l.amount_fen, l.explanation, l.state,
                   l.reason, l.application_id, coalesce(a.status = 'PAID', false), l.eligible_since
            FROM no_application_line l JOIN no_application_batch b ON b.id = l.batch_id
            LEFT JOIN redemption_application a ON a.id = l.application_id
            """;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batchJdbc;
    private final java.time.Clock clock;

    Batches(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batchJdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
        this.clock = clock;
    }

    /** The platform clock's present moment (recorded instants follow the one clock, not the database's). */
    private java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    public long create(long itemId, long versionId, String itemName, String department, LocalDate asOf, String hash,
            String by) {
        return jdbc.sql("""
                INSERT INTO no_application_batch (item_id, version_id, item_name, department_code, as_of, snapshot_hash,
                                                  status, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, 'IN_REVIEW', ?, ?) RETURNING id""")
                .params(itemId, versionId, itemName, department, asOf, hash, by, now()).query(Long.class).single();
    }

    /**
     * The list, written in JDBC batches of 2,000 rows (a city-sized list is hundreds of thousands of lines: one
     * statement each would be minutes); {@code written} hears the running count after each batch.
     */
    public void lines(long batchId, long itemId, List<EligibleEntity> listed, java.util.function.IntConsumer written) {
        for (int from = 0; from < listed.size(); from += 2_000) {
            List<EligibleEntity> chunk = listed.subList(from, Math.min(listed.size(), from + 2_000));
            batchJdbc.batchUpdate("""
                    INSERT INTO no_application_line (batch_id, uscc, item_id, entity_name, amount_fen, explanation,
                                                     eligible_since, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'LISTED')""", chunk, chunk.size(), (ps, e) -> {
                ps.setLong(1, batchId);
                ps.setString(2, e.uscc());
                ps.setLong(3, itemId);
                ps.setString(4, e.name());
                ps.setLong(5, e.amountFen());
                ps.setString(6, String.join("\n", e.reasons()));
                ps.setObject(7, e.eligibleSince());
            });
            written.accept(from + chunk.size());
        }
    }

    /** The enterprises with a live line of the item (listed, notified or confirmed in some batch). */
    public java.util.Set<String> liveUsccs(long itemId) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT uscc FROM no_application_line WHERE item_id = ?
                  AND state IN ('LISTED','NOTIFIED','CONFIRMED')""").param(itemId).query(String.class).list());
    }

    public Optional<Long> openBatch(long itemId) {
        return jdbc.sql("SELECT id FROM no_application_batch WHERE item_id = ? AND status <> 'CLOSED'").param(itemId)
                .query(Long.class).optional();
    }

    public Optional<BatchView> view(long id) {
        return jdbc.sql(BATCH + " WHERE b.id = ?" + GROUP).param(id).query(Batches::batch).optional();
    }

    public List<BatchView> ofItem(long itemId) {
        return jdbc.sql(BATCH + " WHERE b.item_id = ?" + GROUP + " ORDER BY b.id DESC").param(itemId)
                .query(Batches::batch).list();
    }

    public List<BatchView> noticeEndedBefore(LocalDate today) {
        return jdbc.sql(BATCH + " WHERE b.status = 'IN_NOTICE' AND b.notice_ends_on < ?" + GROUP).param(today)
                .query(Batches::batch).list();
    }

    public List<BatchView> confirmingBatches() {
        return jdbc.sql(BATCH + " WHERE b.status = 'CONFIRMING'" + GROUP).query(Batches::batch).list();
    }

    public boolean approve(long id, String by, LocalDate noticeEndsOn) {
        return jdbc.sql("""
                UPDATE no_application_batch SET status = 'IN_NOTICE', approved_by = ?, approved_at = ?,
                    notice_ends_on = ? WHERE id = ? AND status = 'IN_REVIEW'""").params(by, now(), noticeEndsOn, id)
                .update() == 1;
    }

    public boolean confirming(long id, LocalDate remindOn, LocalDate confirmBy) {
        return jdbc.sql("""
                UPDATE no_application_batch SET status = 'CONFIRMING', remind_on = ?, confirm_by = ?
                WHERE id = ? AND status = 'IN_NOTICE'""").params(remindOn, confirmBy, id).update() == 1;
    }

    public void close(long id) {
        jdbc.sql("UPDATE no_application_batch SET status = 'CLOSED' WHERE id = ? AND status = 'CONFIRMING'").param(id)
                .update();
    }

    public boolean setState(long batchId, String uscc, String from, String to, String reason) {
        return jdbc.sql("""
                UPDATE no_application_line SET state = ?, reason = coalesce(?, reason), decided_at = ?
                WHERE batch_id = ? AND uscc = ? AND state = ?""").params(to, reason, now(), batchId, uscc, from)
                .update() == 1;
    }

    public boolean confirmed(long batchId, String uscc, long applicationId) {
        return jdbc.sql("""
                UPDATE no_application_line SET state = 'CONFIRMED', application_id = ?, decided_at = ?
                WHERE batch_id = ? AND uscc = ? AND state = 'NOTIFIED'""").params(applicationId, now(), batchId, uscc)
                .update() == 1;
    }

    public void reminded(long batchId, String uscc) {
        jdbc.sql("UPDATE no_application_line SET reminded_at = ? WHERE batch_id = ? AND uscc = ?")
                .params(now(), batchId, uscc).update();
    }

    public List<BatchLine> all(long batchId, String state) {
        return jdbc.sql(LINE + " WHERE l.batch_id = ? AND l.state = ? ORDER BY l.uscc").params(batchId, state)
                .query(Batches::line).list();
    }

    public List<BatchLine> unreminded(long batchId) {
        return jdbc.sql(LINE + " WHERE l.batch_id = ? AND l.state = 'NOTIFIED' AND l.reminded_at IS NULL ORDER BY l.uscc")
                .param(batchId).query(Batches::line).list();
    }

    public List<BatchLine> inNoticeLines() {
        return jdbc.sql(LINE + " WHERE b.status = 'IN_NOTICE' AND l.state = 'LISTED' ORDER BY l.batch_id, l.uscc LIMIT 2000")
                .query(Batches::line).list();
    }

    public Optional<BatchLine> line(long batchId, String uscc) {
        return jdbc.sql(LINE + " WHERE l.batch_id = ? AND l.uscc = ?").params(batchId, uscc).query(Batches::line)
                .optional();
    }

    /** The line, locked until the caller's transaction ends (a second confirm waits here for the first). */
    public Optional<BatchLine> lineForUpdate(long batchId, String uscc) {
        return jdbc.sql(LINE + " WHERE l.batch_id = ? AND l.uscc = ? FOR UPDATE OF l").params(batchId, uscc)
                .query(Batches::line).optional();
    }

    public List<BatchLine> ofEnterprise(String uscc) {
        return jdbc.sql(LINE + " WHERE l.uscc = ? AND l.state IN ('NOTIFIED','CONFIRMED','DECLINED','LAPSED') ORDER BY l.batch_id DESC")
                .param(uscc).query(Batches::line).list();
    }

    public Page<BatchLine> lines(long batchId, String state, String text, int page, int size) {
        String filter = " WHERE l.batch_id = :batch AND (CAST(:state AS text) IS NULL OR l.state = :state)"
                + " AND (CAST(:text AS text) IS NULL OR l.uscc LIKE upper(:text) || '%' OR l.entity_name LIKE '%' || :text || '%')";
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("batch", batchId);
        p.put("state", state == null || state.isBlank() ? null : state);
        p.put("text", text == null || text.isBlank() ? null : text.strip().replace("%", "").replace("_", ""));
        long total = jdbc.sql("SELECT count(*) FROM no_application_line l" + filter).params(p).query(Long.class).single();
        p.put("limit", size);
        p.put("offset", (long) page * size);
        List<BatchLine> items = jdbc.sql(LINE + filter.replace(" WHERE l.batch_id", " WHERE l.batch_id")
                + " ORDER BY l.uscc LIMIT :limit OFFSET :offset").params(p).query(Batches::line).list();
        return new Page<>(items, total, page, size);
    }

    public void event(long batchId, String uscc, String action, String reason, String actor) {
        jdbc.sql("INSERT INTO no_application_event (batch_id, uscc, action, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(batchId, uscc, action, reason, actor, now()).update();
    }

    private static BatchView batch(ResultSet rs, int i) throws SQLException {
        return new BatchView(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class), rs.getString(11), rs.getObject(12, LocalDate.class),
                rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class), rs.getInt(15), rs.getInt(16),
                rs.getInt(17), rs.getInt(18), rs.getInt(19), rs.getInt(20), rs.getInt(21));
    }

    private static BatchLine line(ResultSet rs, int i) throws SQLException {
        String explanation = rs.getString(7);
        return new BatchLine(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), explanation.isEmpty() ? List.of() : List.of(explanation.split("\n")), rs.getString(8),
                rs.getString(9), (Long) rs.getObject(10), rs.getBoolean(11), rs.getObject(12, OffsetDateTime.class));
    }
}

package org.jiqitong.redemption.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.TimelineStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The application tables. State changes are compare-and-set on the status, so two clicks cannot both win. */
@Component
public class Applications {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The stored row, before names and materials are added. */
    public record Row(long id, String receiptNo, String uscc, long itemId, long versionId, String itemDepartment,
            String handlerDepartment, String handling, String category, ApplicationStatus status,
            Map<String, String> form, boolean declared, Long suggestedFen, Long approvedFen, String amountReason,
            LocalDate noticeEndsOn, String bankAccountName, String bankName, String bankAccountNo,
            boolean bankConfirmed, OffsetDateTime createdAt, OffsetDateTime submittedAt, String channel) {
    }

    private static final String COLUMNS = """
            id, receipt_no, uscc, item_id, version_id, item_department, handler_department, handling, category, status,
            form, declared, suggested_fen, approved_fen, amount_reason, notice_ends_on, bank_account_name, bank_name,
            bank_account_no, bank_confirmed_at, created_at, submitted_at, channel""";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    Applications(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The platform clock's present moment (recorded instants follow the one clock, not the database's). */
    private java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    public long create(String uscc, long itemId, long versionId, String department, Map<String, String> form,
            Long suggestedFen) {
        return jdbc.sql("""
                INSERT INTO redemption_application (uscc, item_id, version_id, item_department, status, form, suggested_fen,
                    created_at)
                VALUES (?, ?, ?, ?, 'DRAFT', CAST(? AS jsonb), ?, ?) RETURNING id""")
                .params(uscc, itemId, versionId, department, JSON.writeValueAsString(form), suggestedFen, now())
                .query(Long.class).single();
    }

    /**
     * A 免申即享 line the enterprise confirmed, as an application of its own channel that waits for payout (its
     * review and notice happened on the batch).
     */
    public long createConfirmed(String uscc, long itemId, long versionId, String department, String entityName,
            long amountFen, String receiptNo, String accountName, String bankName, String accountNo) {
        return jdbc.sql("""
                INSERT INTO redemption_application (receipt_no, uscc, item_id, version_id, item_department,
                    handler_department, status, form, declared, approved_fen, bank_account_name, bank_name,
                    bank_account_no, bank_confirmed_at, submitted_at, channel, created_at)
                VALUES (?, ?, ?, ?, ?, 'FIN', 'NOTICE_PASSED', CAST(? AS jsonb), true, ?, ?, ?, ?, ?, ?,
                        'NO_APPLICATION', ?) RETURNING id""")
                .params(receiptNo, uscc, itemId, versionId, department,
                        JSON.writeValueAsString(Map.of("entity_name", entityName, "uscc", uscc)), amountFen, accountName,
                        bankName, accountNo, now(), now(), now())
                .query(Long.class).single();
    }

    /** Whether the enterprise got, or is getting, the item: paid this year, or an application still open. */
    /** The enterprises that received the item this year or have an application for it under way. */
    public java.util.Set<String> receivedOrInProgress(long itemId, int year) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT DISTINCT uscc FROM redemption_application WHERE item_id = ?
                  AND (status NOT IN ('DRAFT','REFUSED','REJECTED','CLOSED','PAID')
                       OR (status = 'PAID' AND extract(year FROM paid_at AT TIME ZONE 'Asia/Shanghai') = ?))""")
                .params(itemId, year).query(String.class).list());
    }

    /** Whether the item came (or is coming) to the enterprise this year through a 免申即享 batch. */
    public boolean grantedWithoutApplying(String uscc, long itemId, int year) {
        return jdbc.sql("""
                SELECT count(*) FROM redemption_application WHERE uscc = ? AND item_id = ? AND channel = 'NO_APPLICATION'
                  AND (status NOT IN ('REFUSED','REJECTED','CLOSED','PAID')
                       OR (status = 'PAID' AND extract(year FROM paid_at AT TIME ZONE 'Asia/Shanghai') = ?))""")
                .params(uscc, itemId, year).query(Long.class).single() > 0
                || jdbc.sql("""
                SELECT count(*) FROM no_application_line WHERE uscc = ? AND item_id = ? AND state IN ('LISTED','NOTIFIED')""")
                .params(uscc, itemId).query(Long.class).single() > 0;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM redemption_application WHERE id = ?").param(id)
                .query(Applications::row).optional();
    }

    public Optional<Row> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM redemption_application WHERE id = ? FOR UPDATE").param(id)
                .query(Applications::row).optional();
    }

    public List<Row> ofEnterprise(String uscc) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM redemption_application WHERE uscc = ? ORDER BY id DESC")
                .param(uscc).query(Applications::row).list();
    }

    public List<Row> withStatus(ApplicationStatus status, String handlerDepartment) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM redemption_application WHERE status = ?
                  AND (CAST(? AS text) IS NULL OR handler_department = ?) ORDER BY submitted_at, id LIMIT 500""")
                .params(status.name(), handlerDepartment, handlerDepartment).query(Applications::row).list();
    }

    public List<Row> awaitingPayout() {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM redemption_application a WHERE status = 'NOTICE_PASSED' AND bank_confirmed_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM payout_line l WHERE l.application_id = a.id)
                 ORDER BY submitted_at, id FOR UPDATE SKIP LOCKED""").query(Applications::row).list();
    }

    public List<Row> inNoticeEndedBefore(LocalDate today) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM redemption_application WHERE status = 'IN_NOTICE' AND notice_ends_on < ?")
                .param(today).query(Applications::row).list();
    }

    /** The aggregate of a row as read. */
    public Application aggregate(Row r) {
        return new Application(r.id(), r.status());
    }

    /**
     * Writes a step of the aggregate: compare-and-set on the status it started from; refuses loudly when the
     * application changed meanwhile (another click, another instance).
     */
    public void save(ApplicationEvent c) {
        if (!saveIfStill(c)) {
            throw new org.jiqitong.redemption.RedemptionRefusedException("该申报的状态刚刚已被他人改变,请刷新后再试");
        }
    }

    /** The same for a job that may meet the application already moved on (then it does nothing): true if written. */
    public boolean saveIfStill(ApplicationEvent c) {
        return transition(c.id(), c.from(), c.to());
    }

    private boolean transition(long id, ApplicationStatus from, ApplicationStatus to) {
        return jdbc.sql("UPDATE redemption_application SET status = ? WHERE id = ? AND status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    public void saveForm(long id, Map<String, String> form) {
        jdbc.sql("UPDATE redemption_application SET form = CAST(? AS jsonb) WHERE id = ?")
                .params(JSON.writeValueAsString(form), id).update();
    }

    /** DRAFT → SUBMITTED with its receipt number, only if still a draft. */
    public boolean submit(long id, String receiptNo) {
        return jdbc.sql("""
                UPDATE redemption_application SET status = 'SUBMITTED', receipt_no = ?, declared = true,
                    submitted_at = ? WHERE id = ? AND status = 'DRAFT'""").params(receiptNo, now(), id).update() == 1;
    }

    public long nextReceipt() {
        return jdbc.sql("SELECT nextval('redemption_receipt_seq')").query(Long.class).single();
    }

    public void handler(long id, String department, String handling, String category) {
        jdbc.sql("UPDATE redemption_application SET handler_department = ?, handling = ?, category = coalesce(?, category) WHERE id = ?")
                .params(department, handling, category, id).update();
    }

    public void approved(long id, long amountFen, String reason, LocalDate noticeEndsOn) {
        jdbc.sql("UPDATE redemption_application SET approved_fen = ?, amount_reason = ?, notice_ends_on = ? WHERE id = ?")
                .params(amountFen, reason, noticeEndsOn, id).update();
    }

    public void bank(long id, String accountName, String bankName, String accountNo) {
        jdbc.sql("""
                UPDATE redemption_application SET bank_account_name = ?, bank_name = ?, bank_account_no = ?,
                    bank_confirmed_at = ? WHERE id = ?""").params(accountName, bankName, accountNo, now(), id).update();
    }

    /** A payment with the moment it was made; false (nothing changed) when the application moved on meanwhile. */
    public boolean savePaid(ApplicationEvent.PayoutMade c) {
        return jdbc.sql("UPDATE redemption_application SET status = ?, paid_at = ? WHERE id = ? AND status = ?")
                .params(c.to().name(), now(), c.id(), c.from().name()).update() == 1;
    }

    // ---------------------------------------------------------------- timeline and audit

    /** A step's row of the timeline: from and to are the event's. */
    public void event(ApplicationEvent e, String action, String department, String reason, String actor,
            Map<String, Object> detail) {
        event(e.id(), action, e.from(), e.to(), department, reason, actor, detail);
    }

    public void event(long id, String action, ApplicationStatus from, ApplicationStatus to, String department,
            String reason, String actor, Map<String, Object> detail) {
        jdbc.sql("""
                INSERT INTO redemption_event (application_id, action, from_status, to_status, department_code, reason,
                                              actor, detail, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""")
                .params(id, action, from == null ? null : from.name(), to.name(), department, reason, actor,
                        detail == null ? null : JSON.writeValueAsString(detail), now())
                .update();
    }

    public List<TimelineStep> timeline(long id) {
        return jdbc.sql("""
                SELECT at, action, to_status, department_code, reason FROM redemption_event WHERE application_id = ?
                ORDER BY id""").param(id)
                .query((rs, i) -> new TimelineStep(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        ApplicationStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The audit as staff see it: who did what, with the state before and after. */
    public List<String> audit(long id) {
        List<String> out = new ArrayList<>();
        jdbc.sql("SELECT action, from_status, to_status, actor FROM redemption_event WHERE application_id = ? ORDER BY id")
                .param(id).query(rs -> {
                    out.add(rs.getString(1) + ":" + rs.getString(2) + ">" + rs.getString(3) + ":" + rs.getString(4));
                });
        return out;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), ApplicationStatus.valueOf(rs.getString(10)),
                JSON.readValue(rs.getString(11), new TypeReference<Map<String, String>>() { }), rs.getBoolean(12),
                (Long) rs.getObject(13), (Long) rs.getObject(14), rs.getString(15), rs.getObject(16, LocalDate.class),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getObject(20) != null,
                rs.getObject(21, OffsetDateTime.class), rs.getObject(22, OffsetDateTime.class), rs.getString(23));
    }
}

package org.jiqitong.redemption.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiqitong.redemption.PayoutBatch;
import org.jiqitong.redemption.PayoutLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The payout ledger's tables; the rules themselves are the tables' constraints (see V7). */
@Component
public class Ledger {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    Ledger(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The platform clock's present moment (recorded instants follow the one clock, not the database's). */
    private java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    /** Serialises the making of payout batches until the caller's transaction ends. */
    public void lockBatching() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('jiqitong.payout-batch'))").query().singleRow();
    }

    /** Removes a batch that got no line (nothing of it was ever shown or paid). */
    public void dropEmptyBatch(long batchId) {
        jdbc.sql("DELETE FROM payout_batch b WHERE id = ? AND NOT EXISTS (SELECT 1 FROM payout_line l WHERE l.batch_id = b.id)")
                .param(batchId).update();
    }

    public long newBatch(String by) {
        return jdbc.sql("INSERT INTO payout_batch (created_by, created_at) VALUES (?, ?) RETURNING id").params(by, now())
                .query(Long.class).single();
    }

    public boolean paidThroughOtherChannel(String uscc, long itemId, int year, String channel) {
        return jdbc.sql("SELECT count(*) FROM payout_line WHERE uscc = ? AND item_id = ? AND year = ? AND channel <> ?")
                .params(uscc, itemId, year, channel).query(Long.class).single() > 0;
    }

    public boolean groupPaid(String uscc, String group, int year) {
        return jdbc.sql("SELECT count(*) FROM payout_line WHERE uscc = ? AND exclusion_group = ? AND year = ?")
                .params(uscc, group, year).query(Long.class).single() > 0;
    }

    /** Adds to the enterprise's yearly use of the item; false (nothing changed) when it would pass the cap. */
    public boolean useCap(String uscc, long itemId, int year, long capFen, long amountFen) {
        if (amountFen > capFen) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO payout_cap_usage (uscc, item_id, year, cap_fen, paid_fen) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (uscc, item_id, year) DO UPDATE SET paid_fen = payout_cap_usage.paid_fen + excluded.paid_fen
                WHERE payout_cap_usage.paid_fen + excluded.paid_fen <= payout_cap_usage.cap_fen""")
                .params(uscc, itemId, year, capFen, amountFen).update() == 1;
    }

    /** Commits part of the item's budget; false (nothing changed) when the budget cannot cover it. */
    public boolean useBudget(long itemId, long budgetFen, long amountFen) {
        jdbc.sql("INSERT INTO payout_budget (item_id, budget_fen) VALUES (?, ?) ON CONFLICT (item_id) DO NOTHING")
                .params(itemId, budgetFen).update();
        return jdbc.sql("UPDATE payout_budget SET paid_fen = paid_fen + ? WHERE item_id = ? AND paid_fen + ? <= budget_fen")
                .params(amountFen, itemId, amountFen).update() == 1;
    }

    public void line(long batchId, Applications.Row r, int year, String exclusionGroup) {
        jdbc.sql("""
                INSERT INTO payout_line (batch_id, application_id, idempotency_key, uscc, item_id, year, exclusion_group,
                                         amount_fen, account_name, bank_name, account_no, channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchId, r.id(), "JQT-PAY-" + r.receiptNo(), r.uscc(), r.itemId(), year, exclusionGroup, r.approvedFen(),
                        r.bankAccountName(), r.bankName(), r.bankAccountNo(), r.channel(), now())
                .update();
    }

    private static final String LINE = """
            SELECT l.id, l.batch_id, l.application_id, l.idempotency_key, l.uscc, l.item_id, l.amount_fen,
                   l.account_name, l.bank_name, l.account_no, l.state, l.paid_at, a.receipt_no,
                   a.form ->> 'entity_name', a.version_id
            FROM payout_line l JOIN redemption_application a ON a.id = l.application_id""";

    public List<PayoutLine> lines(long batchId) {
        return jdbc.sql(LINE + " WHERE l.batch_id = ? ORDER BY l.id").param(batchId).query(Ledger::line).list();
    }

    public Optional<PayoutLine> line(long id) {
        return jdbc.sql(LINE + " WHERE l.id = ?").param(id).query(Ledger::line).optional();
    }

    /** PENDING → PAID, once. */
    public boolean paid(long lineId) {
        return jdbc.sql("UPDATE payout_line SET state = 'PAID', paid_at = ? WHERE id = ? AND state = 'PENDING'")
                .params(now(), lineId).update() == 1;
    }

    public void exported(long batchId) {
        jdbc.sql("UPDATE payout_batch SET exported_at = coalesce(exported_at, ?) WHERE id = ?").params(now(), batchId)
                .update();
    }

    public List<PayoutBatch> batches() {
        return jdbc.sql("""
                SELECT b.id, b.created_by, b.created_at, b.exported_at, count(l.id),
                       count(l.id) FILTER (WHERE l.state = 'PAID'), coalesce(sum(l.amount_fen), 0)
                FROM payout_batch b LEFT JOIN payout_line l ON l.batch_id = b.id
                GROUP BY b.id ORDER BY b.id DESC LIMIT 200""")
                .query((rs, i) -> new PayoutBatch(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getInt(5), rs.getInt(6), rs.getLong(7)))
                .list();
    }

    private static PayoutLine line(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new PayoutLine(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class), "济企通兑付 " + rs.getString(13), rs.getString(13), rs.getString(14),
                rs.getLong(15), null);
    }
}

package org.jiqitong.notification.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiqitong.notification.InboxMessage;
import org.jiqitong.notification.Preferences;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.shared.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notification tables: messages, preferences and the e-mail outbox. */
@Component
public class Inbox {

    /** A message about to be delivered. */
    record NewMessage(String uscc, long changeId, long itemId, String title, String body, List<String> reasons,
            Long amountFen, LocalDate deadline, String titleEn, String bodyEn) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batchJdbc;

    Inbox(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batchJdbc) {
        this.batchJdbc = batchJdbc;
        this.jdbc = jdbc;
    }

    public Page<InboxMessage> page(String uscc, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM notification_message WHERE uscc = ?").param(uscc)
                .query(Long.class).single();
        List<InboxMessage> items = jdbc.sql("""
                SELECT id, item_id, title, body, reasons, amount_fen, deadline, created_at, read_at,
                       coalesce(dedup_key LIKE 'NOAPP%', false), title_en, body_en
                FROM notification_message WHERE uscc = ? ORDER BY id DESC LIMIT ? OFFSET ?""")
                .params(uscc, size, (long) page * size)
                .query((rs, i) -> new InboxMessage(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        rs.getString(4), rs.getString(5).isEmpty() ? List.of() : List.of(rs.getString(5).split("\n")),
                        (Long) rs.getObject(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getBoolean(10),
                        rs.getString(11), rs.getString(12)))
                .list();
        return new Page<>(items, total, page, size);
    }

    public long unread(String uscc) {
        return jdbc.sql("SELECT count(*) FROM notification_message WHERE uscc = ? AND read_at IS NULL").param(uscc)
                .query(Long.class).single();
    }

    public boolean markRead(String uscc, long id) {
        return jdbc.sql("""
                UPDATE notification_message SET read_at = coalesce(read_at, now()) WHERE id = ? AND uscc = ?""")
                .params(id, uscc).update() == 1;
    }

    public Preferences preferences(String uscc) {
        return preferences(List.of(uscc)).get(uscc);
    }

    /** The preferences of many enterprises at once (those without stored ones get the default). */
    public java.util.Map<String, Preferences> preferences(java.util.Collection<String> usccs) {
        java.util.Map<String, Preferences> all = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT uscc, muted, benefit_types, departments, email, email_opt_in FROM notification_preference
                WHERE uscc = ANY(?)""").param(usccs.toArray(String[]::new))
                .query((rs, i) -> all.put(rs.getString(1), new Preferences(rs.getBoolean(2),
                        strings(rs.getArray(3)).stream().map(BenefitType::valueOf).collect(Collectors.toSet()),
                        strings(rs.getArray(4)), rs.getString(5), rs.getBoolean(6))))
                .list();
        usccs.forEach(u -> all.putIfAbsent(u, Preferences.DEFAULT));
        return all;
    }

    public void savePreferences(String uscc, Preferences p) {
        jdbc.sql("""
                INSERT INTO notification_preference (uscc, muted, benefit_types, departments, email, email_opt_in,
                                                     updated_at)
                VALUES (:uscc, :muted, CAST(:types AS text[]), CAST(:departments AS text[]), :email, :optIn, now())
                ON CONFLICT (uscc) DO UPDATE SET muted = excluded.muted, benefit_types = excluded.benefit_types,
                    departments = excluded.departments, email = excluded.email, email_opt_in = excluded.email_opt_in,
                    updated_at = now()""")
                .param("uscc", uscc).param("muted", p.muted())
                .param("types", array(p.benefitTypes().stream().map(Enum::name).collect(Collectors.toSet())))
                .param("departments", array(p.departments())).param("email", p.email())
                .param("optIn", p.emailOptIn()).update();
    }

    /**
     * Delivers a message once per change: a second delivery of the same change inserts nothing. Returns the new
     * message's id, or empty when it was delivered before.
     */
    Optional<Long> deliver(NewMessage m, String emailTo) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO notification_message (uscc, change_id, item_id, title, body, reasons, amount_fen, deadline,
                                                  title_en, body_en)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (change_id) DO NOTHING RETURNING id""")
                .params(m.uscc(), m.changeId(), m.itemId(), m.title(), m.body(), String.join("\n", m.reasons()),
                        m.amountFen(), m.deadline(), m.titleEn(), m.bodyEn())
                .query(Long.class).optional();
        if (id.isPresent() && emailTo != null) {
            jdbc.sql("INSERT INTO notification_mail (message_id, recipient) VALUES (?, ?)").params(id.get(), emailTo)
                    .update();
        }
        return id;
    }

    /**
     * Many messages in one JDBC batch (a page of a bulk delivery), each at most once per change as {@link #deliver};
     * an e-mail is queued for those newly stored whose recipient is given (same index in {@code emailTo}).
     */
    void deliverAll(List<NewMessage> messages, List<String> emailTo) {
        if (messages.isEmpty()) {
            return;
        }
        int[] stored = batchJdbc.batchUpdate("""
                INSERT INTO notification_message (uscc, change_id, item_id, title, body, reasons, amount_fen, deadline,
                                                  title_en, body_en)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (change_id) DO NOTHING""",
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
                        NewMessage m = messages.get(i);
                        ps.setString(1, m.uscc());
                        ps.setLong(2, m.changeId());
                        ps.setLong(3, m.itemId());
                        ps.setString(4, m.title());
                        ps.setString(5, m.body());
                        ps.setString(6, String.join("\n", m.reasons()));
                        ps.setObject(7, m.amountFen());
                        ps.setObject(8, m.deadline());
                        ps.setString(9, m.titleEn());
                        ps.setString(10, m.bodyEn());
                    }

                    @Override
                    public int getBatchSize() {
                        return messages.size();
                    }
                });
        for (int i = 0; i < messages.size(); i++) {
            if (stored[i] == 1 && emailTo.get(i) != null) {
                jdbc.sql("""
                        INSERT INTO notification_mail (message_id, recipient)
                        SELECT id, ? FROM notification_message WHERE change_id = ?""")
                        .params(emailTo.get(i), messages.get(i).changeId()).update();
            }
        }
    }

    /** A keyed message (not about an eligibility change): at most one per key. */
    public boolean tell(String uscc, String key, Long itemId, org.jiqitong.shared.Bilingual title,
            org.jiqitong.shared.Bilingual body, List<String> reasons, Long amountFen, LocalDate deadline, String emailTo) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO notification_message (uscc, dedup_key, item_id, title, body, reasons, amount_fen, deadline,
                                                  title_en, body_en)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING RETURNING id""")
                .params(uscc, key, itemId, title.zh(), body.zh(), String.join("\n", reasons), amountFen, deadline,
                        title.en(), body.en())
                .query(Long.class).optional();
        if (id.isPresent() && emailTo != null) {
            jdbc.sql("INSERT INTO notification_mail (message_id, recipient) VALUES (?, ?)").params(id.get(), emailTo)
                    .update();
        }
        return id.isPresent();
    }

    /** A pending e-mail and its message. */
    record Mail(long messageId, String recipient, String subject, String body, List<String> reasons) {
    }

    /** Takes pending e-mails, locking them (skipping those another sender holds). */
    List<Mail> pendingMail(int limit) {
        return jdbc.sql("""
                SELECT m.message_id, m.recipient, n.title, n.body, n.reasons FROM notification_mail m
                JOIN notification_message n ON n.id = m.message_id
                WHERE m.sent_at IS NULL AND m.attempts < 10 ORDER BY m.message_id LIMIT ?
                FOR UPDATE OF m SKIP LOCKED""").param(limit)
                .query((rs, i) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5).isEmpty() ? List.of() : List.of(rs.getString(5).split("\n"))))
                .list();
    }

    void mailSent(long messageId) {
        jdbc.sql("UPDATE notification_mail SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE message_id = ?")
                .param(messageId).update();
    }

    void mailFailed(long messageId, String error) {
        jdbc.sql("UPDATE notification_mail SET attempts = attempts + 1, last_error = ? WHERE message_id = ?")
                .params(error, messageId).update();
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static String array(Set<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().sorted().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}

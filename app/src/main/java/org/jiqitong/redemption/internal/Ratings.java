package org.jiqitong.redemption.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The enterprises' ratings of paid applications, and the paid applications with their dates for 跟踪问效. */
@Component
public class Ratings {

    private final JdbcClient jdbc;

    Ratings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A paid application; {@code noApplication}: granted through a 免申即享 batch (no submission to time). */
    public record Paid(long itemId, long versionId, String department, LocalDate submittedOn,
            LocalDate paidOn, Integer score, boolean noApplication) {
    }

    public List<Paid> paid() {
        return jdbc.sql("""
                SELECT a.item_id, a.version_id, a.item_department, (a.submitted_at AT TIME ZONE 'Asia/Shanghai')::date,
                       (a.paid_at AT TIME ZONE 'Asia/Shanghai')::date, r.score, a.channel = 'NO_APPLICATION'
                FROM redemption_application a LEFT JOIN redemption_rating r ON r.application_id = a.id
                WHERE a.status = 'PAID' AND a.paid_at IS NOT NULL""")
                .query((rs, i) -> new Paid(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
                        rs.getBoolean(7)))
                .list();
    }

    public boolean rate(long id, int score, String comment) {
        return jdbc.sql("""
                INSERT INTO redemption_rating (application_id, score, comment) VALUES (?, ?, ?)
                ON CONFLICT (application_id) DO NOTHING""").params(id, score, comment).update() == 1;
    }
}

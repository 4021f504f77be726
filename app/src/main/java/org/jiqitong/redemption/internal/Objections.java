package org.jiqitong.redemption.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.redemption.Objection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Objections raised against an application during its 公示 (notice), and how each was resolved. */
@Component
public class Objections {

    private final JdbcClient jdbc;
    private final Clock clock;

    Objections(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public long objection(long id, String text) {
        return jdbc.sql("INSERT INTO redemption_objection (application_id, text, raised_at) VALUES (?, ?, ?) RETURNING id")
                .params(id, text, now()).query(Long.class).single();
    }

    /** The applications with open objections and how many each has (one query for a whole payout run). */
    public Map<Long, Integer> openObjectionCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT application_id, count(*) FROM redemption_objection WHERE resolved_at IS NULL GROUP BY 1")
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    public int openObjections(long id) {
        return jdbc.sql("SELECT count(*) FROM redemption_objection WHERE application_id = ? AND resolved_at IS NULL")
                .param(id).query(Integer.class).single();
    }

    public Optional<Long> objectionApplication(long objectionId) {
        return jdbc.sql("SELECT application_id FROM redemption_objection WHERE id = ? AND resolved_at IS NULL")
                .param(objectionId).query(Long.class).optional();
    }

    public void resolve(long objectionId, String resolution, String note, String by) {
        jdbc.sql("""
                UPDATE redemption_objection SET resolution = ?, resolution_note = ?, resolved_by = ?, resolved_at = ?
                WHERE id = ? AND resolved_at IS NULL""").params(resolution, note, by, now(), objectionId).update();
    }

    public List<Objection> objections(long id) {
        return jdbc.sql("""
                SELECT id, text, raised_at, resolution, resolution_note FROM redemption_objection
                WHERE application_id = ? ORDER BY id""").param(id)
                .query((rs, i) -> new Objection(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4), rs.getString(5))).list();
    }
}

package org.jiqitong.redemption.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Objections raised against a listed enterprise during a 免申即享 batch's public notice, and their resolutions. */
@Component
public class BatchObjections {

    private final JdbcClient jdbc;
    private final Clock clock;

    BatchObjections(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public long objection(long batchId, String uscc, String text) {
        return jdbc.sql("""
                INSERT INTO no_application_objection (batch_id, uscc, text, raised_at) VALUES (?, ?, ?, ?) RETURNING id""")
                .params(batchId, uscc, text, now()).query(Long.class).single();
    }

    public int openObjections(long batchId) {
        return jdbc.sql("SELECT count(*) FROM no_application_objection WHERE batch_id = ? AND resolved_at IS NULL")
                .param(batchId).query(Integer.class).single();
    }

    public Optional<Long> objectionBatch(long objectionId) {
        return jdbc.sql("SELECT batch_id FROM no_application_objection WHERE id = ? AND resolved_at IS NULL")
                .param(objectionId).query(Long.class).optional();
    }

    /** Resolves an open objection; returns the USCC it was about. */
    public String resolve(long objectionId, boolean upheld, String note, String by) {
        jdbc.sql("""
                UPDATE no_application_objection SET resolution = ?, resolution_note = ?, resolved_by = ?,
                    resolved_at = ? WHERE id = ? AND resolved_at IS NULL""")
                .params(upheld ? "UPHELD" : "DISMISSED", note, by, now(), objectionId).update();
        return jdbc.sql("SELECT uscc FROM no_application_objection WHERE id = ?").param(objectionId)
                .query(String.class).single();
    }

    /** Objections of a batch as [id, uscc, text, resolution]. */
    public List<String[]> objections(long batchId) {
        return jdbc.sql("SELECT id, uscc, text, resolution FROM no_application_objection WHERE batch_id = ? ORDER BY id")
                .param(batchId).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4)}).list();
    }
}

package org.jiqitong.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The half-yearly reports: requested (running), done with the PDF and its SHA-256, or failed with the reason. */
@Component
public class ReportStore {

    public record Row(long id, String half, String state, Long jobId, String sha256, String failure, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime finishedAt) {
    }

    private static final String COLUMNS = """
            SELECT id, half, state, job_id, sha256, failure, created_by, created_at, finished_at FROM monitoring_report""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(String half, String by) {
        return jdbc.sql("INSERT INTO monitoring_report (half, state, created_by, created_at) VALUES (?, 'RUNNING', ?, ?) RETURNING id")
                .params(half, by, OffsetDateTime.now(clock)).query(Long.class).single();
    }

    public void job(long id, long jobId) {
        jdbc.sql("UPDATE monitoring_report SET job_id = ? WHERE id = ?").params(jobId, id).update();
    }

    public void done(long id, byte[] pdf, String sha256) {
        jdbc.sql("UPDATE monitoring_report SET state = 'DONE', pdf = ?, sha256 = ?, finished_at = ? WHERE id = ? AND state = 'RUNNING'")
                .params(pdf, sha256, OffsetDateTime.now(clock), id).update();
    }

    public void failed(long id, String why) {
        jdbc.sql("UPDATE monitoring_report SET state = 'FAILED', failure = ?, finished_at = ? WHERE id = ? AND state = 'RUNNING'")
                .params(why == null ? "未知原因" : why.substring(0, Math.min(1000, why.length())), OffsetDateTime.now(clock), id)
                .update();
    }

    /** A job of another instance was abandoned (its instance stopped): its report failed with the reason. */
    public void abandoned(long jobId, String why) {
        jdbc.sql("UPDATE monitoring_report SET state = 'FAILED', failure = ?, finished_at = ? WHERE job_id = ? AND state = 'RUNNING'")
                .params(why, OffsetDateTime.now(clock), jobId).update();
    }

    public List<Row> recent() {
        return jdbc.sql(COLUMNS + " ORDER BY id DESC LIMIT 50").query((rs, i) -> row(rs)).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    public Optional<byte[]> pdf(long id) {
        return jdbc.sql("SELECT pdf FROM monitoring_report WHERE id = ? AND state = 'DONE'").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class));
    }
}

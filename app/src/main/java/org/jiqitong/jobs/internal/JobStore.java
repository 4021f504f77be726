package org.jiqitong.jobs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiqitong.jobs.JobState;
import org.jiqitong.jobs.JobView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code job} table; every transition is a conditional UPDATE that says whether it happened. Times people read
 * (created, started, finished) follow the platform clock; the heartbeat, which instances compare with each other, is
 * the database's own time — one clock for all instances, whatever each one's settings.
 */
@Component
public class JobStore {

    private static final String COLUMNS = """
            id, kind, subject, state, step, done, total, result::text, error, created_by, created_at, started_at,
            finished_at""";

    private final JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate own;

    JobStore(JdbcClient jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // progress is reported from inside the work's own (long) transaction, even while its connection is busy
        // copying: it must go through a connection and a transaction of its own, visible at once
        this.own = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A new queued job, or empty when the same kind and subject is already queued or running. Committed at once, in a
     * transaction of its own, so the thread that runs it sees it whatever the caller's transaction does.
     */
    public Optional<Long> insert(String kind, String subject, String createdBy, String owner, OffsetDateTime now) {
        return own.execute(status -> jdbc.sql("""
                INSERT INTO job (kind, subject, state, created_by, created_at, heartbeat_at, owner)
                VALUES (?, ?, 'QUEUED', ?, ?, clock_timestamp(), ?)
                ON CONFLICT (kind, subject) WHERE state IN ('QUEUED','RUNNING') DO NOTHING RETURNING id""")
                .params(kind, subject, createdBy, now, owner).query(Long.class).optional());
    }

    public Optional<JobView> active(String kind, String subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE kind = ? AND subject = ? AND state IN ('QUEUED','RUNNING')")
                .params(kind, subject).query((rs, i) -> view(rs, true)).optional();
    }

    public Optional<JobView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = ?").param(id).query((rs, i) -> view(rs, false))
                .optional();
    }

    public List<JobView> recent(String kind, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE kind = ? ORDER BY id DESC LIMIT ?").params(kind, limit)
                .query((rs, i) -> view(rs, false)).list();
    }

    boolean start(long id, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE job SET state = 'RUNNING', started_at = ?, heartbeat_at = clock_timestamp()
                WHERE id = ? AND state = 'QUEUED'""").params(now, id).update() == 1;
    }

    void progress(long id, String step, long done, Long total) {
        own.executeWithoutResult(status -> jdbc.sql("""
                UPDATE job SET step = ?, done = ?, total = ?, heartbeat_at = clock_timestamp()
                WHERE id = ? AND state = 'RUNNING'""").params(step, done, total, id).update());
    }

    boolean succeed(long id, String resultJson, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE job SET state = 'SUCCEEDED', result = CAST(? AS json), finished_at = ?,
                    heartbeat_at = clock_timestamp()
                WHERE id = ? AND state = 'RUNNING'""").params(resultJson, now, id).update() == 1;
    }

    boolean fail(long id, String error, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE job SET state = 'FAILED', error = ?, finished_at = ?, heartbeat_at = clock_timestamp()
                WHERE id = ? AND state IN ('QUEUED','RUNNING')""").params(error, now, id).update() == 1;
    }

    public void beat(String owner) {
        jdbc.sql("UPDATE job SET heartbeat_at = clock_timestamp() WHERE owner = ? AND state IN ('QUEUED','RUNNING')")
                .param(owner).update();
    }

    /** Fails every queued or running job whose instance stopped beating; returns their ids. */
    public List<Long> failAbandoned(String me, Duration staleAfter, OffsetDateTime now, String reason) {
        return jdbc.sql("""
                UPDATE job SET state = 'FAILED', error = ?, finished_at = ?
                WHERE state IN ('QUEUED','RUNNING') AND owner <> ?
                  AND heartbeat_at < clock_timestamp() - make_interval(secs => ?) RETURNING id""")
                .params(reason, now, me, staleAfter.toMillis() / 1000.0).query(Long.class).list();
    }

    private static JobView view(ResultSet rs, boolean joined) throws SQLException {
        long total = rs.getLong(7);
        Long totalOrNull = rs.wasNull() ? null : total;
        return new JobView(rs.getLong(1), rs.getString(2), rs.getString(3), JobState.valueOf(rs.getString(4)),
                rs.getString(5), rs.getLong(6), totalOrNull, rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class),
                rs.getObject(13, OffsetDateTime.class), joined);
    }
}

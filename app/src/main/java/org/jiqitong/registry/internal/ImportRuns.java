package org.jiqitong.registry.internal;

import java.util.List;
import java.util.Optional;
import org.jiqitong.registry.ImportError;
import org.jiqitong.registry.ImportRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The record of each delivery (provenance of every value) and its progress, written in own transactions. */
@Component
public class ImportRuns {

    private final JdbcClient jdbc;
    /** The deliveries this instance ran (an instance's kept population learns of the others' from the table). */
    private final java.util.Set<Long> ranHere = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;

    ImportRuns(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public long start(ImportRequest request, Long bytesTotal) {
        return ownTransaction.execute(s -> jdbc.sql("""
                INSERT INTO registry_import_run (feed, source, channel, file_name, started_by, bytes_total)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(request.feed().name(), request.source(), request.channel().name(), request.fileName(),
                        request.startedBy(), bytesTotal)
                .query(Long.class).single());
    }

    /** The job a delivery runs in, told of its phases and bytes (runs of the CLI and the demo have none). */
    private final java.util.Map<Long, org.jiqitong.jobs.Work.Progress> jobs = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Long, Long> totals = new java.util.concurrent.ConcurrentHashMap<>();

    void follow(long runId, Long bytesTotal, org.jiqitong.jobs.Work.Progress progress) {
        jobs.put(runId, progress);
        if (bytesTotal != null) {
            totals.put(runId, bytesTotal);
        }
    }

    void unfollow(long runId) {
        jobs.remove(runId);
        totals.remove(runId);
    }

    /** Which step a running delivery is in, for the progress page (own transaction, visible at once). */
    void phase(long runId, String phase) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql(
                "UPDATE registry_import_run SET phase = ? WHERE id = ? AND state = 'RUNNING'").params(phase, runId).update());
        var job = jobs.get(runId);
        if (job != null) {
            job.step(switch (phase) {
                case "READING" -> "读取并检查各行 (reading and checking rows)";
                case "CHECKING" -> "检查重复与主体 (checking duplicates and entities)";
                case "MERGING" -> "合并入库 (merging)";
                case "SIZING" -> "企业划型 (size classes)";
                case "RECORDING" -> "记录变化 (recording changes)";
                default -> phase;
            });
        }
    }

    void progress(long runId, long bytesRead, long rowsRead) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql(
                "UPDATE registry_import_run SET bytes_read = ?, rows_read = ? WHERE id = ? AND state = 'RUNNING'")
                .params(bytesRead, rowsRead, runId).update());
        var job = jobs.get(runId);
        if (job != null) {
            job.done(bytesRead, totals.get(runId));
        }
    }

    /** Within the import's transaction: the final counts and the errors, atomically with the data. */
    void finish(long runId, String sha256, long rowsRead, long accepted, long rejected, long changed,
            List<ImportError> errors) {
        ranHere.add(runId);
        jdbc.sql("""
                UPDATE registry_import_run SET state = 'DONE', finished_at = now(), file_sha256 = ?, rows_read = ?,
                    bytes_read = coalesce(bytes_total, bytes_read), accepted = ?, rejected = ?, changed = ?
                WHERE id = ?""").params(sha256, rowsRead, accepted, rejected, changed, runId).update();
        batch.batchUpdate("INSERT INTO registry_import_error (run_id, row_no, column_name, message) VALUES (?, ?, ?, ?)",
                errors, 1000, (ps, e) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, e.row());
                    ps.setString(3, e.column());
                    ps.setString(4, e.message());
                });
    }

    void fail(long runId, String reason) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql("""
                UPDATE registry_import_run SET state = 'FAILED', finished_at = now(), failure = ?
                WHERE id = ? AND state = 'RUNNING'""")
                .params(reason, runId).update());
    }

    public Optional<RunView> find(long runId) {
        return jdbc.sql("""
                SELECT id, feed, source, channel, file_name, started_by, started_at, finished_at, state, phase, bytes_total,
                       bytes_read, rows_read, accepted, rejected, changed, failure
                FROM registry_import_run WHERE id = ?""").param(runId).query(RunView.class).optional();
    }

    public List<RunView> recent(int limit) {
        return jdbc.sql("""
                SELECT id, feed, source, channel, file_name, started_by, started_at, finished_at, state, phase, bytes_total,
                       bytes_read, rows_read, accepted, rejected, changed, failure
                FROM registry_import_run ORDER BY id DESC LIMIT ?""").param(limit).query(RunView.class).list();
    }

    public List<ImportError> errors(long runId, int limit) {
        return jdbc.sql("""
                SELECT row_no, column_name, message FROM registry_import_error WHERE run_id = ?
                ORDER BY row_no, column_name NULLS FIRST LIMIT ?""").params(runId, limit)
                .query((rs, i) -> new ImportError(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public boolean sourceExists(String source) {
        return jdbc.sql("SELECT count(*) FROM registry_source WHERE code = ?").param(source).query(Long.class).single() > 0;
    }

    public List<String> sources() {
        return jdbc.sql("SELECT code FROM registry_source ORDER BY code").query(String.class).list();
    }

    public java.util.Map<String, String> sourceNames(boolean english) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT code, " + (english ? "name_en" : "name_zh") + " FROM registry_source ORDER BY code")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    /** A delivery as shown on the import page. */
    public record RunView(long id, String feed, String source, String channel, String fileName, String startedBy,
            java.time.OffsetDateTime startedAt, java.time.OffsetDateTime finishedAt, String state, String phase, Long bytesTotal,
            long bytesRead, long rowsRead, long accepted, long rejected, long changed, String failure) {

        public int percent() {
            if ("DONE".equals(state)) {
                return 100;
            }
            if (bytesTotal == null || bytesTotal == 0) {
                return 0;
            }
            return (int) Math.min(99, bytesRead * 100 / bytesTotal);
        }

        public boolean running() {
            return "RUNNING".equals(state);
        }
    }

    public List<Long> finishedAfter(long afterRunId) {
        return jdbc.sql("SELECT id FROM registry_import_run WHERE state = 'DONE' AND id > ? ORDER BY id")
                .param(afterRunId).query(Long.class).list();
    }

    public long latestFinished() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM registry_import_run WHERE state = 'DONE'").query(Long.class)
                .single();
    }

    public boolean ranHere(long runId) {
        return ranHere.contains(runId);
    }
}

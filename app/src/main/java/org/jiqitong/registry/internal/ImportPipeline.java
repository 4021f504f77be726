package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jiqitong.registry.EntitiesChangedInBulk;
import org.jiqitong.registry.EntityChanged;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportError;
import org.jiqitong.registry.ImportRefusedException;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.ImportResult;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One delivery, in one transaction: stream the CSV, check every row in Java, COPY the good rows into a
 * TEMP staging table, refuse repeated keys and unknown entities in SQL, merge into the registry (changing
 * only what differs), refresh size classes, record errors and publish {@link EntityChanged}. A bad row
 * lands not at all; a failed delivery lands nothing.
 */
@Component
public class ImportPipeline {

    private static final Logger log = LoggerFactory.getLogger(ImportPipeline.class);
    private static final int ERRORS_STORED = 100_000;
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final Map<Feed, FeedSpec> specs = new EnumMap<>(Feed.class);
    private final JdbcTemplate jdbc;
    private final ImportRuns runs;
    private final SizeClassRefresher sizes;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    ImportPipeline(JdbcTemplate jdbc, ImportRuns runs, SizeClassRefresher sizes, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.sizes = sizes;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        for (FeedSpec spec : List.of(new EntitiesFeed(clock), new FiguresFeed(clock), new QualificationsFeed())) {
            specs.put(spec.feed(), spec);
        }
    }

    /** Checks the request before anything is read; refuses an unknown source. */
    public void check(ImportRequest request) {
        if (request.source() == null || !runs.sourceExists(request.source())) {
            throw new ImportRefusedException("未知的数据来源\u201c" + request.source() + "\u201d;可用:"
                    + String.join("、", runs.sources()));
        }
    }

    public ImportResult run(long runId, ImportRequest request, InputStream data) {
        try {
            return transaction.execute(status -> load(runId, request, data));
        } catch (RuntimeException e) {
            runs.fail(runId, e.getMessage());
            throw e;
        }
    }

    private ImportResult load(long runId, ImportRequest request, InputStream data) {
        FeedSpec spec = specs.get(request.feed());
        PhaseTimer timer = new PhaseTimer();
        jdbc.execute("SELECT pg_advisory_xact_lock(727274)");
        jdbc.execute("SET LOCAL synchronous_commit = off");
        // hash aggregates and sorts over a whole delivery stay in memory; one delivery runs at a time (the lock)
        jdbc.execute("SET LOCAL work_mem = '1GB'");
        jdbc.execute(spec.stagingTable());
        runs.phase(runId, "READING");
        MessageDigest sha = sha256();
        CountingStream counting = new CountingStream(new DigestInputStream(data, sha));
        List<ImportError> errors = new ArrayList<>();
        long[] counts = stage(runId, spec, counting, errors); // rows read, rows rejected in Java
        jdbc.execute("ANALYZE stage"); // TEMP tables are never analysed by autovacuum; the plans below need it
        timer.lap("read+copy");
        runs.phase(runId, "CHECKING");
        long rejected = counts[1];
        rejected += refuse(errors, duplicateRows(spec));
        if (spec.needsKnownEntity()) {
            rejected += refuse(errors, unknownEntityRows());
        }
        if (spec.refusedSql() != null) {
            rejected += refuse(errors, jdbc.query(spec.refusedSql(),
                    (rs, i) -> new ImportError(rs.getLong(1), rs.getString(2), rs.getString(3))));
        }
        long accepted = counts[0] - rejected;
        timer.lap("checks");
        runs.phase(runId, "MERGING");
        jdbc.execute("CREATE TEMP TABLE changed (uscc char(18)) ON COMMIT DROP");
        BulkLoad bulk = BulkLoad.ifEmpty(jdbc, spec.target());
        int merged = jdbc.update(spec.mergeSql(), runId);
        bulk.restore(timer);
        if (merged > EntityChanged.BULK_THRESHOLD) {
            jdbc.execute("ANALYZE " + spec.target()); // statistics of a table that just grew a lot, for the next steps
        }
        timer.lap("merge");
        runs.phase(runId, "SIZING");
        if (request.feed() == Feed.ENTITIES) {
            sizes.refreshChangedWithFigures(); // the industry may have changed
        } else if (request.feed() == Feed.FIGURES) {
            sizes.refreshChanged();
        }
        timer.lap("size classes");
        long changed = jdbc.queryForObject("SELECT count(*) FROM changed", Long.class);
        publish(runId, request, changed);
        timer.lap("events");
        runs.phase(runId, "RECORDING");
        errors.sort(Comparator.comparingLong(ImportError::row));
        List<ImportError> stored = errors.size() > ERRORS_STORED ? errors.subList(0, ERRORS_STORED) : errors;
        runs.finish(runId, HexFormat.of().formatHex(sha.digest()), counts[0], accepted, rejected, changed, stored);
        timer.lap("record");
        log.info("Import run {} ({} from {}): {} rows, {} accepted, {} rejected, {} entities changed ({})", runId,
                request.feed(), request.source(), counts[0], accepted, rejected, changed, timer);
        return new ImportResult(runId, accepted, rejected, changed,
                errors.subList(0, Math.min(errors.size(), ImportResult.ERRORS_SHOWN)));
    }

    private long[] stage(long runId, FeedSpec spec, CountingStream in, List<ImportError> errors) {
        var connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        long rows = 0;
        long rejected = 0;
        long lastProgress = System.nanoTime();
        // a strict decoder: a GBK file (Excel's default for Chinese) is refused with a clear reason, not read as mojibake
        var utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(in, utf8);
                FeedReader feedReader = new FeedReader(reader, spec.feed());
                CopyRowWriter copy = new CopyRowWriter(new PGCopyOutputStream(
                        connection.unwrap(PGConnection.class), "COPY stage FROM STDIN", 1 << 16))) {
            StagedRow row;
            while ((row = feedReader.next(spec.stagedWidth())) != null) {
                rows++;
                if (row.ok()) {
                    spec.read(row);
                }
                if (row.ok()) {
                    copy.write(row.rowNo(), row.staged());
                } else {
                    rejected++;
                    if (errors.size() < ERRORS_STORED) {
                        errors.addAll(row.errors());
                    }
                }
                if ((rows & 0xFFF) == 0 && System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                    runs.progress(runId, in.count(), rows);
                    lastProgress = System.nanoTime();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new long[] {rows, rejected};
    }

    /** Rows whose key repeats an earlier row of the same file. */
    private List<ImportError> duplicateRows(FeedSpec spec) {
        return jdbc.query(spec.duplicatesSql(),
                (rs, i) -> new ImportError(rs.getLong(1), null, spec.duplicateMessage().formatted(rs.getLong(2))));
    }

    private List<ImportError> unknownEntityRows() {
        return jdbc.query("""
                SELECT s.row_no, s.uscc FROM stage s
                WHERE NOT EXISTS (SELECT 1 FROM registry_entity e WHERE e.uscc = s.uscc)""",
                (rs, i) -> new ImportError(rs.getLong(1), "uscc", "统一社会信用代码 " + rs.getString(2)
                        + " 不在市场主体库中:请先通过 entities 数据导入该主体"));
    }

    /** Removes the refused rows from the staging table and records why; returns how many. */
    private long refuse(List<ImportError> errors, List<ImportError> refused) {
        if (refused.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("DELETE FROM stage WHERE row_no = ?", refused, 1000, (ps, e) -> ps.setLong(1, e.row()));
        if (errors.size() < ERRORS_STORED) {
            errors.addAll(refused);
        }
        return refused.size();
    }

    private void publish(long runId, ImportRequest request, long changed) {
        if (changed == 0) {
            return;
        }
        if (changed > EntityChanged.BULK_THRESHOLD) {
            events.publishEvent(new EntitiesChangedInBulk(runId, request.feed(), request.source(), changed));
            return;
        }
        jdbc.query("SELECT uscc FROM changed ORDER BY uscc", rs -> {
            events.publishEvent(new EntityChanged(rs.getString(1), request.feed(), request.source(), runId));
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

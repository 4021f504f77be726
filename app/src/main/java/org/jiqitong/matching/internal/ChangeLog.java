package org.jiqitong.matching.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jiqitong.matching.EligibilityChanged;
import org.jiqitong.matching.EligibilityChangedInBulk;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.registry.Population;
import org.jiqitong.rules.eval.Verdict;
import org.roaringbitmap.RoaringBitmap;
import org.postgresql.PGConnection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records verdict changes as they are found, streamed into {@code matching_change} with COPY in batches of
 * {@value #BATCH} inside the caller's transaction, so a step that changes millions of verdicts holds one batch in
 * memory, never all of them. Up to {@link EligibilityChangedInBulk#THRESHOLD} changes come back as one event each; beyond, as
 * one id range for a bulk listener (the individual events are dropped as soon as the count passes the threshold).
 */
final class ChangeLog {

    static final int BATCH = 5_000;

    /** What was recorded: the count, the id range, and the events when there are few enough. */
    record Recorded(long count, long firstId, long lastId, List<EligibilityChanged> events) {

        boolean bulk() {
            return events == null;
        }

        /** The changes' events: one each, or beyond the threshold one id range for the bulk listener. */
        void publish(ApplicationEventPublisher publisher, String cause) {
            if (bulk()) {
                publisher.publishEvent(new EligibilityChangedInBulk(firstId, lastId,
                        (int) Math.min(Integer.MAX_VALUE, count), cause));
            } else {
                events.forEach(publisher::publishEvent);
            }
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final String cause;
    private final OffsetDateTime now;
    private final List<ResultStore.Change> pending = new ArrayList<>(BATCH);
    private List<EligibilityChanged> events = new ArrayList<>();
    private long count;
    private long firstId = -1;
    private long lastId = -1;

    ChangeLog(JdbcClient jdbc, DataSource dataSource, String cause, OffsetDateTime now) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.cause = cause;
        this.now = now;
    }

    /** Every entity whose verdict on {@code item} moved between two stored states, recorded. */
    void addMoved(CompiledItem item, ResultStore.Stored before, ResultStore.Stored now, Population population) {
        RoaringBitmap beforeEligible = before == null ? new RoaringBitmap() : before.eligible();
        RoaringBitmap beforeUndetermined = before == null ? new RoaringBitmap() : before.undetermined();
        RoaringBitmap moved = RoaringBitmap.or(RoaringBitmap.xor(beforeEligible, now.eligible()),
                RoaringBitmap.xor(beforeUndetermined, now.undetermined()));
        moved.forEach((int id) -> {
            Verdict old = before == null ? null : before.verdict(id);
            Verdict v = now.verdict(id);
            if (old != v && !(old == null && v == Verdict.INELIGIBLE)) {
                add(new ResultStore.Change(id, population.uscc(id), item.view().itemId(),
                        item.view().versionId(), old, v));
            }
        });
    }

    void add(ResultStore.Change change) {
        pending.add(change);
        if (pending.size() == BATCH) {
            flush();
        }
    }

    Recorded finish() {
        flush();
        return new Recorded(count, firstId, lastId, events);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("SELECT nextval('matching_change_id_seq') FROM generate_series(1, ?)")
                .param(pending.size()).query(Long.class).list();
        StringBuilder rows = new StringBuilder(pending.size() * 96);
        String at = now.toString();
        for (int i = 0; i < pending.size(); i++) {
            ResultStore.Change c = pending.get(i);
            long id = ids.get(i);
            rows.append(id).append('\t').append(c.entityId()).append('\t').append(c.uscc()).append('\t')
                    .append(c.itemId()).append('\t').append(c.versionId()).append('\t')
                    .append(c.oldVerdict() == null ? "\\N" : c.oldVerdict().name()).append('\t')
                    .append(c.newVerdict().name()).append('\t').append(cause).append('\t').append(at).append('\n');
            if (events != null) {
                events.add(new EligibilityChanged(id, c.uscc(), c.itemId(), c.versionId(), c.oldVerdict(),
                        c.newVerdict(), cause));
                if (events.size() > EligibilityChangedInBulk.THRESHOLD) {
                    events = null; // too many to publish one by one: the id range goes out instead
                }
            }
            firstId = firstId < 0 ? id : Math.min(firstId, id);
            lastId = Math.max(lastId, id);
        }
        copy(rows.toString());
        count += pending.size();
        pending.clear();
    }

    private void copy(String rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY matching_change (id, entity_id, uscc, item_id, version_id, old_verdict, new_verdict, cause,
                                          changed_at) FROM STDIN""", new StringReader(rows));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record verdict changes: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}

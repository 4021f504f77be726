package org.jiqitong.matching.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which rows of the kept population may be behind the registry because of a delivery on this instance: an entity is
 * marked when its change is published (inside the delivery's transaction, before it commits) and unmarked once its
 * row was read again after every marking transaction committed — by the entity's re-match or by a full sweep's new
 * population. A rolled-back delivery unmarks what it marked. {@link #ALL} marks every row (a bulk delivery, until the
 * full sweep after it). Deliveries on other instances are not seen here: the sweeper follows those by their runs.
 */
final class StaleRows {

    /** Every row: a delivery too large for one event per entity. */
    static final String ALL = "*";

    /** Transactions still open that marked the key, and the commit number of the last one that committed. */
    private record Mark(int open, long lastCommit) {
    }

    /** Numbers commits in the order this instance saw them end (a row read after number n covers marks up to n). */
    private final AtomicLong commits = new AtomicLong();
    private final Map<String, Mark> marks = new ConcurrentHashMap<>();

    /** {@code key} (a USCC or {@link #ALL}) changes in the current transaction, or changed just now without one. */
    void mark(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            long n = commits.incrementAndGet();
            marks.compute(key, (k, m) -> new Mark(m == null ? 0 : m.open(), n));
            return;
        }
        marks.compute(key, (k, m) -> m == null ? new Mark(1, 0) : new Mark(m.open() + 1, m.lastCommit()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            /** Before the listeners that re-match after the commit: their read then covers this commit. */
            @Override
            public int getOrder() {
                return org.springframework.core.Ordered.HIGHEST_PRECEDENCE;
            }

            @Override
            public void afterCommit() {
                ended(key, commits.incrementAndGet());
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    ended(key, 0);
                } else if (status == STATUS_UNKNOWN) {
                    ended(key, commits.incrementAndGet()); // it may have committed: as if it had
                }
            }
        });
    }

    private void ended(String key, long commit) {
        marks.computeIfPresent(key, (k, m) -> {
            Mark now = new Mark(m.open() - 1, commit == 0 ? m.lastCommit() : commit);
            return now.open() == 0 && now.lastCommit() == 0 ? null : now;
        });
    }

    /** Whether the entity's kept row may be behind the registry (or every row is). */
    boolean stale(String uscc) {
        return !marks.isEmpty() && (marks.containsKey(uscc) || marks.containsKey(ALL));
    }

    /** Taken before a row (or a population) is read: the commits that read will see. */
    long now() {
        return commits.get();
    }

    /** The entity's row was read after {@code seen} was taken: its marks up to then are covered. */
    void reread(String uscc, long seen) {
        marks.computeIfPresent(uscc, (k, m) -> m.open() == 0 && m.lastCommit() <= seen ? null : m);
    }

    /** A whole population was read after {@code seen} was taken: every mark up to then is covered. */
    void reloaded(long seen) {
        marks.entrySet().removeIf(e -> e.getValue().open() == 0 && e.getValue().lastCommit() <= seen);
    }
}

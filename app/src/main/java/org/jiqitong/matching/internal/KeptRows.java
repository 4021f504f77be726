package org.jiqitong.matching.internal;

import java.time.LocalDate;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jiqitong.registry.Population;
import org.jiqitong.rules.eval.Facts;

/**
 * One entity's row of the kept population read without the sweeper's lock (我的政策 and the matches API: no query),
 * while that row is the registry's: not marked behind by a delivery of this instance ({@link StaleRows}), and not read
 * again in place while the work ran (a {@link StampedLock}'s optimistic read; a row is read again under its write
 * lock). Whether the population as a whole is warm and not behind another instance's delivery is the sweeper's to say.
 */
final class KeptRows {

    private final StampedLock rows = new StampedLock();
    private final StaleRows stale = new StaleRows();

    /**
     * {@code work} on the entity's row of the population {@code current} gives (read after the marks: a population
     * replaced before its marks were dropped is seen), or null — not run, or its result dropped — when the row may be
     * behind: marked, of another day, not in the population, or read again meanwhile.
     */
    <T> T read(String uscc, LocalDate asOf, Supplier<Population> current, Function<Facts, T> work) {
        if (stale.stale(uscc)) {
            return null;
        }
        Population p = current.get();
        long stamp = rows.tryOptimisticRead();
        if (p == null || !p.asOf().equals(asOf) || stamp == 0) {
            return null;
        }
        try {
            int id = p.idOf(uscc);
            T out = id < 0 ? null : work.apply(p.facts(id));
            return rows.validate(stamp) ? out : null;
        } catch (RuntimeException e) {
            if (rows.validate(stamp)) {
                throw e;
            }
            return null; // read while the row changed
        }
    }

    /** Reads the entity's row again in place ({@code refresh}), which covers its deliveries committed before. */
    void reread(String uscc, Runnable refresh) {
        long seen = stale.now();
        long stamp = rows.writeLock();
        try {
            refresh.run();
        } finally {
            rows.unlockWrite(stamp);
        }
        stale.reread(uscc, seen);
    }

    /** {@code key} (a USCC or {@link StaleRows#ALL}) changes in the current transaction: its row is behind. */
    void changing(String key) {
        stale.mark(key);
    }

    /** Taken before a whole population is read; given to {@link #reloaded} once it replaced the kept one. */
    long beforeLoad() {
        return stale.now();
    }

    /** A population read after {@code seen} was taken is kept now: the marks it covers are dropped. */
    void reloaded(long seen) {
        stale.reloaded(seen);
    }
}

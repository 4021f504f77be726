package org.jiqitong.matching.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Population;
import org.jiqitong.rules.columnar.ColumnarResult;
import org.jiqitong.rules.columnar.Fingerprints;
import org.jiqitong.rules.columnar.SweepPlan;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.Verdict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link Sweeper}'s kept verdicts and how they reach the database and come back from it: every item's bitmaps,
 * the entities' fingerprints, the compiled plan of the items kept, and the stored generation they reflect. A commit
 * writes new bitmaps, the changes and their events in one transaction under the generation's row lock (one commit in
 * the cluster at a time) and only then replaces the kept state; a commit that finds another instance's generation
 * catches up first. Used only under the sweeper's lock, except {@link #results}, which is replaced, never changed in
 * place, so readers of one item's verdicts need no lock.
 */
final class SweepState {

    private final Policies policies;
    private final ResultStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    volatile Map<Long, ResultStore.Stored> results;
    List<CompiledItem> items = List.of();
    SweepPlan plan = SweepPlan.compile(List.of());
    long[] keys = new long[0];
    long[] fingerprints = new long[0];
    /** The stored results' generation this state reflects (see {@link #catchUp}). */
    volatile long generation = -1;
    /** When each item's stored verdicts were written, as of the last catch-up. */
    private Map<Long, OffsetDateTime> stamps = Map.of();

    SweepState(Policies policies, ResultStore store, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.policies = policies;
        this.store = store;
        this.events = events;
        this.tx = tx;
    }

    /** Whether one item's new verdicts were taken, and the verdicts before them (null when it reached nobody). */
    record Kept(boolean taken, ResultStore.Stored before) {
    }

    /** Thrown inside a commit whose caller must compute again on the state as stored (rolls the commit back). */
    static final class Behind extends RuntimeException {
        Behind() {
            super(null, null, false, false);
        }
    }

    /**
     * Writes the new state and the changes {@code found} streams into the log, and publishes their events, in one
     * transaction; then takes the new state. Returns the number of changes.
     */
    long commit(Map<Long, ResultStore.Stored> next, Supplier<List<Long>> goneItems, Consumer<ChangeLog> found,
            String cause, LocalDate today, boolean replaceAll, boolean failIfBehind) {
        long[] committed = new long[1];
        List<Long> gone = new ArrayList<>();
        long count = tx.execute(status -> {
            long held = generation;
            long current = lockAndCatchUp();
            if (current != held && failIfBehind) {
                throw new Behind(); // the caller's changes were computed on a state another instance replaced
            }
            gone.addAll(goneItems.get());
            next.forEach((itemId, s) -> {
                ResultStore.Stored before = results.get(itemId);
                if (before == null || before.versionId() != s.versionId() || !before.eligible().equals(s.eligible())
                        || !before.undetermined().equals(s.undetermined())) {
                    store.save(itemId, s, today);
                }
            });
            gone.forEach(itemId -> store.delete(itemId, today));
            ChangeLog log = store.log(cause);
            found.accept(log);
            ChangeLog.Recorded recorded = log.finish();
            recorded.publish(events, cause);
            store.setGeneration(current + 1);
            committed[0] = current + 1;
            return recorded.count();
        });
        generation = committed[0];
        if (replaceAll) {
            results = new HashMap<>(next);
        } else {
            Map<Long, ResultStore.Stored> swapped = new HashMap<>(results);
            swapped.putAll(next);
            gone.forEach(swapped::remove);
            results = swapped;
        }
        return count;
    }

    /**
     * Inside a commit's transaction: takes the generation's row lock and catches up with the database if another
     * instance committed since; returns the stored generation.
     */
    long lockAndCatchUp() {
        long current = store.lockGeneration();
        if (current != generation) {
            catchUp(current);
        }
        return current;
    }

    /** Catches up when another instance committed since this one last did (see {@link Sweeper#follow}). */
    void followStored() {
        long stored = store.generation();
        if (stored != generation) {
            catchUp(stored);
        }
    }

    /** Whether another instance committed since this one last did (read without the lock). */
    boolean behindStored() {
        return store.generation() != generation;
    }

    /**
     * Takes the stored results as they are in the database: the results, their fingerprints, the items swept. Only
     * the items written since this instance last read them are read again (their bitmaps are the bulk).
     */
    private void catchUp(long storedGeneration) {
        Map<Long, OffsetDateTime> now = store.stamps();
        Map<Long, ResultStore.Stored> caught = new HashMap<>();
        List<Long> changed = new ArrayList<>();
        Map<Long, ResultStore.Stored> held = results == null ? Map.of() : results;
        now.forEach((itemId, at) -> {
            if (at.equals(stamps.get(itemId)) && held.containsKey(itemId)) {
                caught.put(itemId, held.get(itemId));
            } else {
                changed.add(itemId);
            }
        });
        caught.putAll(store.load(changed));
        results = caught;
        stamps = now;
        recompile();
        int size = fingerprints.length;
        for (ResultStore.Stored s : results.values()) {
            size = Math.max(size, Math.max(s.eligible().isEmpty() ? 0 : s.eligible().last() + 1,
                    s.undetermined().isEmpty() ? 0 : s.undetermined().last() + 1));
        }
        long[] rebuilt = new long[size];
        for (CompiledItem item : items) {
            ResultStore.Stored s = results.get(item.view().itemId());
            Fingerprints.toggle(rebuilt, item.view().itemId(), s.eligible(), s.undetermined());
        }
        fingerprints = rebuilt;
        generation = storedGeneration;
    }

    /**
     * A full sweep's verdicts committed with their changes, compared with the verdicts as stored (caught up with any
     * other instance's commit under the generation's lock) and, for a publish whose changes a crash kept from being
     * recorded, with the verdicts before it. A baseline records verdicts only. Returns the number of changes.
     */
    long commitFullSweep(List<CompiledItem> published, List<ColumnarResult> swept, Population population,
            boolean baseline, String cause, LocalDate today) {
        Map<Long, ResultStore.Stored> next = new HashMap<>();
        for (int i = 0; i < published.size(); i++) {
            next.put(published.get(i).view().itemId(), new ResultStore.Stored(published.get(i).view().versionId(),
                    swept.get(i).eligible(), swept.get(i).undetermined()));
        }
        return commit(next, () -> results.keySet().stream().filter(id -> !next.containsKey(id)).toList(), log -> {
            Map<Long, ResultStore.Stored> before = new HashMap<>(results);
            Map<Long, Optional<ResultStore.Stored>> pending = store.pending();
            pending.forEach((itemId, was) -> before.put(itemId, was.orElse(null)));
            if (!baseline) {
                for (CompiledItem item : published) {
                    log.addMoved(item, before.get(item.view().itemId()), next.get(item.view().itemId()), population);
                }
            }
            pending.keySet().forEach(store::deletePending);
        }, cause, today, true, false);
    }

    /** After a full sweep's commit: the items swept are the items kept, and every entity's fingerprint is new. */
    void swept(List<CompiledItem> published, SweepPlan all, List<ColumnarResult> swept, int populationSize) {
        items = published;
        plan = all;
        keys = published.stream().mapToLong(i -> i.view().itemId()).toArray();
        fingerprints = Fingerprints.of(keys, swept, populationSize, ForkJoinPool.commonPool());
    }

    /**
     * One item's new verdicts, stored and kept at once, with the verdicts before them stored as pending (their changes
     * are recorded next, or by the next full sweep after a crash). Not taken when another instance swept this version
     * meanwhile.
     */
    Kept keepPending(CompiledItem item, ResultStore.Stored now, LocalDate today, String cause,
            int populationSize) {
        long itemId = item.view().itemId();
        ResultStore.Stored[] was = new ResultStore.Stored[1];
        long g = tx.execute(status -> {
            long current = lockAndCatchUp();
            was[0] = results.get(itemId);
            if (was[0] != null && was[0].versionId() == item.view().versionId()) {
                return -1L;
            }
            store.save(itemId, now, today);
            store.savePending(itemId, was[0], cause);
            store.setGeneration(current + 1);
            return current + 1;
        });
        if (g < 0) {
            return new Kept(false, null);
        }
        generation = g;
        Map<Long, ResultStore.Stored> swapped = new HashMap<>(results);
        swapped.put(itemId, now);
        results = swapped;
        grow(populationSize);
        if (was[0] != null) {
            Fingerprints.toggle(fingerprints, itemId, was[0].eligible(), was[0].undetermined());
        }
        Fingerprints.toggle(fingerprints, itemId, now.eligible(), now.undetermined());
        recompile();
        return new Kept(true, was[0]);
    }

    /** The items kept: the published ones that have stored verdicts, compiled into one plan. */
    void recompile() {
        items = policies.publishedCompiledNow().stream().filter(i -> results.containsKey(i.view().itemId())).toList();
        plan = SweepPlan.compile(items.stream().map(CompiledItem::rule).toList());
        keys = items.stream().mapToLong(i -> i.view().itemId()).toArray();
    }

    /** New entities get ids above the last sweep's: their fingerprint starts at 0 (ineligible for everything). */
    void grow(int size) {
        if (size > fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, Math.max(size, fingerprints.length + 1024));
        }
    }

    /** An item left the library: its verdicts are deleted and no longer kept. */
    void remove(long itemId, LocalDate today) {
        ResultStore.Stored before = results.get(itemId);
        commit(Map.of(), () -> List.of(itemId), log -> { }, "ITEM_REMOVED", today, false, true);
        Fingerprints.toggle(fingerprints, itemId, before.eligible(), before.undetermined());
        recompile();
    }

    /**
     * One entity's verdicts on every kept item, read from its facts, committed with their changes; the entity's
     * fingerprint over all items ({@link Fingerprints}) stops a re-match that changes nothing before it reads any
     * item's bitmaps. Returns the number of changes.
     */
    int rematched(int e, String uscc, Facts facts, String cause, LocalDate today) {
        Verdict[] verdicts = plan.evaluateRow(facts);
        long fingerprint = Fingerprints.of(keys, verdicts);
        if (e < fingerprints.length && fingerprints[e] == fingerprint) {
            return 0; // the same verdicts as stored: nothing to compare
        }
        List<ResultStore.Change> changes = new ArrayList<>();
        Map<Long, ResultStore.Stored> next = withEntity(e, uscc, verdicts, changes);
        if (!next.isEmpty()) {
            commit(next, List::of, log -> changes.forEach(log::add), cause, today, false, true);
        }
        grow(e + 1);
        fingerprints[e] = fingerprint;
        return changes.size();
    }

    /** Each item's verdicts with one entity's new verdicts in place; the changes it made go to {@code changes}. */
    private Map<Long, ResultStore.Stored> withEntity(int e, String uscc, Verdict[] verdicts, List<ResultStore.Change> changes) {
        Map<Long, ResultStore.Stored> next = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CompiledItem item = items.get(i);
            ResultStore.Stored stored = results.get(item.view().itemId());
            Verdict old = stored == null ? null : stored.verdict(e);
            if (stored == null || old == verdicts[i]) {
                continue;
            }
            next.put(item.view().itemId(), stored.with(e, verdicts[i], item.view().versionId()));
            changes.add(new ResultStore.Change(e, uscc, item.view().itemId(), item.view().versionId(), old, verdicts[i]));
        }
        return next;
    }
}

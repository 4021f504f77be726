package org.jiqitong.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jiqitong.matching.EligibilityChanged;
import org.jiqitong.matching.EligibilityChangedInBulk;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Population;
import org.jiqitong.registry.Registry;
import java.util.concurrent.ForkJoinPool;
import org.jiqitong.rules.columnar.ColumnarResult;
import org.jiqitong.rules.columnar.Fingerprints;
import org.jiqitong.rules.columnar.Snapshot;
import org.jiqitong.rules.columnar.SweepPlan;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps, at every moment, every published item's verdicts over the whole registry (政策找人), and records each
 * real change: a full sweep at start, nightly (dates move: "成立三年内", "上一年度") and after a bulk delivery; one
 * item's sweep when it is published (or a new version is); one entity's re-match when its data change.
 *
 * <p>State lives in memory (bitmaps of entity ids, and the registry's {@link Population}, loaded once by a full sweep
 * and kept current entity by entity) and in {@code matching_result}; each step writes the new bitmaps, the changes
 * and their events in one transaction and only then replaces the in-memory state, so a failed step leaves both as
 * they were. Steps are serialised by this object's lock; none of them reads the registry again except a full sweep
 * (at start, nightly, after a bulk delivery), so a publish or a re-match holds the lock for the time of its own sweep.
 * Changes are streamed into the change log as they are found (see {@link ChangeLog}), so a step that changes
 * millions of verdicts holds one batch of them in memory.
 *
 * <p>Each entity's fingerprint over all items ({@link Fingerprints}) lets a re-match that changes nothing stop
 * after evaluating the entity, without reading every item's bitmaps.
 *
 * <p>The very first sweep of an installation (no stored verdicts at all) is a baseline: it records verdicts but no
 * changes, so switching the platform on does not message every enterprise about every item at once.
 */
@Component
public class Sweeper {

    private static final Logger log = LoggerFactory.getLogger(Sweeper.class);

    private final Registry registry;
    private final Policies policies;
    private final ResultStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    /** Replaced, never changed in place: readers of one item's verdicts need no lock. */
    private volatile Map<Long, ResultStore.Stored> results;
    private Population population;
    private List<CompiledItem> items = List.of();
    private SweepPlan plan = SweepPlan.compile(List.of());
    private long[] keys = new long[0];
    private long[] fingerprints = new long[0];
    private volatile boolean ready;
    /** The stored results' generation this instance's state reflects (see {@link #catchUp}). */
    private volatile long generation = -1;
    /** When each item's stored verdicts were written, as of this instance's last catch-up. */
    private Map<Long, java.time.OffsetDateTime> stamps = Map.of();
    /** The last delivery the kept population was loaded after (later ones run elsewhere make it stale). */
    private long populationRun;
    private final java.util.concurrent.atomic.AtomicInteger sweeping = new java.util.concurrent.atomic.AtomicInteger();

    private final io.micrometer.core.instrument.Timer fullSweeps;
    private final io.micrometer.core.instrument.Timer itemSweeps;

    Sweeper(Registry registry, Policies policies, ResultStore store, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, io.micrometer.core.instrument.MeterRegistry meters) {
        this.fullSweeps = io.micrometer.core.instrument.Timer.builder("jiqitong.sweep").tag("kind", "full")
                .description("a sweep of every published item over the registry, changes recorded").register(meters);
        this.itemSweeps = io.micrometer.core.instrument.Timer.builder("jiqitong.sweep").tag("kind", "item")
                .description("a sweep of one item after a publish, changes recorded").register(meters);
        this.registry = registry;
        this.policies = policies;
        this.store = store;
        this.events = events;
        // its own transaction, committed before the in-memory state is replaced (a listener's is still open then)
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Sweeps every published item over the whole registry; returns the number of changes recorded. */
    public int sweepAll(String cause) {
        sweeping.incrementAndGet();
        try {
            return sweepAllNow(cause);
        } finally {
            sweeping.decrementAndGet();
        }
    }

    /** Whether a full sweep is running or waiting for its turn (readiness shows it). */
    public boolean sweeping() {
        return sweeping.get() > 0;
    }

    private synchronized int sweepAllNow(String cause) {
        return fullSweeps.record(() -> sweepAllTimed(cause));
    }

    private int sweepAllTimed(String cause) {
        long t0 = System.nanoTime();
        LocalDate today = ChinaTime.today(clock);
        if (results == null) {
            results = store.loadAll();
        }
        boolean baseline = results.isEmpty();
        long run = registry.latestFinishedRun();
        Population population = registry.population(today);
        List<CompiledItem> published = policies.publishedCompiled();
        SweepPlan all = SweepPlan.compile(published.stream().map(CompiledItem::rule).toList());
        long t1 = System.nanoTime();
        List<ColumnarResult> swept = all.sweep(new Snapshot(today, population.ids(), population::facts));
        long t2 = System.nanoTime();
        Map<Long, ResultStore.Stored> next = new HashMap<>();
        for (int i = 0; i < published.size(); i++) {
            CompiledItem item = published.get(i);
            next.put(item.view().itemId(), new ResultStore.Stored(item.view().versionId(), swept.get(i).eligible(),
                    swept.get(i).undetermined()));
        }
        long changes = commit(next, () -> results.keySet().stream().filter(id -> !next.containsKey(id)).toList(), log -> {
            // the verdicts as stored (caught up with any other instance's commit under the generation's lock) ...
            Map<Long, ResultStore.Stored> before = new HashMap<>(results);
            Map<Long, Optional<ResultStore.Stored>> pending = store.pending();
            // ... and a publish whose changes a crash kept from being recorded: recorded now, from the verdicts before it
            pending.forEach((itemId, was) -> before.put(itemId, was.orElse(null)));
            if (!baseline) {
                for (CompiledItem item : published) {
                    diff(item, before.get(item.view().itemId()), next.get(item.view().itemId()), population, log);
                }
            }
            pending.keySet().forEach(store::deletePending);
        }, cause, today, true, false);
        this.population = population;
        populationRun = run;
        items = published;
        plan = all;
        keys = published.stream().mapToLong(i -> i.view().itemId()).toArray();
        fingerprints = Fingerprints.of(keys, swept, population.size(), ForkJoinPool.commonPool());
        ready = true;
        log.info("swept {} entities × {} items ({} distinct conditions): population {} ms, sweep {} ms; {} changes ({}){}",
                population.ids().getCardinality(), published.size(), all.distinctLeaves(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, changes, cause, baseline ? ", baseline" : "");
        return (int) Math.min(Integer.MAX_VALUE, changes);
    }

    /** A full sweep after a bulk delivery; before the first sweep there is nothing to update (it will see the data). */
    public int sweepAllIfReady(String cause) {
        return ready ? sweepAll(cause) : 0;
    }

    /** Sweeps one item that was published (or got a new version). */
    public synchronized int sweepItem(long itemId, String cause) {
        return itemSweeps.record(() -> sweepItemTimed(itemId, cause));
    }

    private int sweepItemTimed(long itemId, String cause) {
        if (!ready) {
            return 0; // the first full sweep will see it
        }
        Optional<CompiledItem> found = policies.publishedItem(itemId);
        if (found.isEmpty()) {
            return 0;
        }
        CompiledItem item = found.get();
        ResultStore.Stored before = results.get(itemId);
        if (before != null && before.versionId() == item.view().versionId()) {
            return 0; // already swept
        }
        LocalDate today = ChinaTime.today(clock);
        if (population == null || !population.asOf().equals(today) || populationBehind()) {
            return sweepAll(cause); // a new day, or deliveries run elsewhere: every item reads differently
        }
        Population population = this.population;
        long t0 = System.nanoTime();
        ColumnarResult swept = SweepPlan.compile(List.of(item.rule()))
                .sweep(new Snapshot(today, population.ids(), population::facts)).get(0);
        ResultStore.Stored now = new ResultStore.Stored(item.view().versionId(), swept.eligible(), swept.undetermined());
        long t1 = System.nanoTime();
        // first the results, visible at once (reach, lists, the 免申即享 snapshot), the verdicts before kept aside ...
        ResultStore.Stored[] was = new ResultStore.Stored[1];
        long g = tx.execute(status -> {
            long current = lockAndCatchUp();
            was[0] = results.get(itemId);
            if (was[0] != null && was[0].versionId() == item.view().versionId()) {
                return -1L; // another instance swept this version meanwhile
            }
            store.save(itemId, now, today);
            store.savePending(itemId, was[0], cause);
            store.setGeneration(current + 1);
            return current + 1;
        });
        if (g < 0) {
            return 0;
        }
        generation = g;
        ResultStore.Stored stored = was[0];
        Map<Long, ResultStore.Stored> swapped = new HashMap<>(results);
        swapped.put(itemId, now);
        results = swapped;
        grow(population.size());
        if (stored != null) {
            Fingerprints.toggle(fingerprints, itemId, stored.eligible(), stored.undetermined());
        }
        Fingerprints.toggle(fingerprints, itemId, now.eligible(), now.undetermined());
        recompile();
        long t2 = System.nanoTime();
        // ... then the changes and their events (政策找人), which may be hundreds of thousands — unless another
        // instance's full sweep found the pending verdicts first and recorded them itself
        long changes = commit(Map.of(), List::of, log -> {
            if (store.deletePending(itemId)) {
                diff(item, stored, now, population, log);
            }
        }, cause, today, false, false);
        log.info("swept item {} over {} entities: sweep {} ms, results stored {} ms, {} changes recorded {} ms ({})",
                itemId, population.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, changes,
                (System.nanoTime() - t2) / 1_000_000, cause);
        return (int) Math.min(Integer.MAX_VALUE, changes);
    }

    /** An item left the library (withdrawn or expired): it reaches nobody any more. */
    public synchronized void removed(long itemId) {
        if (!ready) {
            return;
        }
        follow(); // the stored state first: another instance may have removed it already
        if (!results.containsKey(itemId)) {
            return;
        }
        ResultStore.Stored before = results.get(itemId);
        try {
            commit(Map.of(), () -> List.of(itemId), log -> { }, "ITEM_REMOVED", ChinaTime.today(clock), false, true);
        } catch (Behind e) {
            removed(itemId); // caught up meanwhile: again, on the stored state
            return;
        }
        Fingerprints.toggle(fingerprints, itemId, before.eligible(), before.undetermined());
        recompile();
    }

    /** Re-matches one entity whose data changed; returns the number of changes. */
    public synchronized int rematch(Uscc uscc, String cause) {
        if (!ready) {
            return 0;
        }
        if (populationBehind()) {
            return sweepAll(cause); // deliveries run elsewhere: this entity is read with all the others
        }
        try {
            return rematchNow(uscc, cause);
        } catch (Behind e) {
            return rematchNow(uscc, cause); // another instance committed meanwhile: again, on the stored state
        }
    }

    private int rematchNow(Uscc uscc, String cause) {
        LocalDate today = ChinaTime.today(clock);
        OptionalInt id = registry.entityId(uscc);
        if (id.isEmpty()) {
            return 0;
        }
        int e = id.getAsInt();
        Facts facts;
        if (population != null && population.asOf().equals(today)) {
            // one read of the entity: its row of the kept population, which later item sweeps see as well
            registry.refresh(population, e);
            facts = population.facts(e);
        } else {
            Optional<Facts> read = registry.facts(uscc, today);
            if (read.isEmpty()) {
                return 0;
            }
            facts = read.get();
        }
        Verdict[] verdicts = plan.evaluateRow(facts);
        long fingerprint = Fingerprints.of(keys, verdicts);
        if (e < fingerprints.length && fingerprints[e] == fingerprint) {
            return 0; // the same verdicts as stored: nothing to compare
        }
        Map<Long, ResultStore.Stored> next = new HashMap<>();
        List<ResultStore.Change> changes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            CompiledItem item = items.get(i);
            ResultStore.Stored stored = results.get(item.view().itemId());
            Verdict old = stored == null ? null : stored.verdict(e);
            if (stored == null || old == verdicts[i]) {
                continue;
            }
            RoaringBitmap eligible = stored.eligible().clone();
            RoaringBitmap undetermined = stored.undetermined().clone();
            eligible.remove(e);
            undetermined.remove(e);
            if (verdicts[i] == Verdict.ELIGIBLE) {
                eligible.add(e);
            } else if (verdicts[i] == Verdict.UNDETERMINED) {
                undetermined.add(e);
            }
            next.put(item.view().itemId(), new ResultStore.Stored(item.view().versionId(), eligible, undetermined));
            changes.add(new ResultStore.Change(e, uscc.value(), item.view().itemId(), item.view().versionId(), old,
                    verdicts[i]));
        }
        if (!next.isEmpty()) {
            commit(next, List::of, log -> changes.forEach(log::add), cause, today, false, true);
        }
        grow(e + 1);
        fingerprints[e] = fingerprint;
        return changes.size();
    }

    /** Whether the first full sweep since start has finished (the kept state is warm). */
    public boolean ready() {
        return ready;
    }

    /** The stored verdicts of one item (null when it reaches nobody or is not published). */
    public ResultStore.Stored result(long itemId) {
        Map<Long, ResultStore.Stored> now = results;
        return now == null ? null : now.get(itemId);
    }

    private static void diff(CompiledItem item, ResultStore.Stored before, ResultStore.Stored now,
            Population population, ChangeLog changes) {
        RoaringBitmap beforeEligible = before == null ? new RoaringBitmap() : before.eligible();
        RoaringBitmap beforeUndetermined = before == null ? new RoaringBitmap() : before.undetermined();
        RoaringBitmap moved = RoaringBitmap.or(RoaringBitmap.xor(beforeEligible, now.eligible()),
                RoaringBitmap.xor(beforeUndetermined, now.undetermined()));
        moved.forEach((int id) -> {
            Verdict old = before == null ? null : before.verdict(id);
            Verdict v = now.verdict(id);
            if (old != v && !(old == null && v == Verdict.INELIGIBLE)) {
                changes.add(new ResultStore.Change(id, population.uscc(id), item.view().itemId(),
                        item.view().versionId(), old, v));
            }
        });
    }

    /**
     * Writes the new state and the changes {@code found} streams into the log, and publishes their events, in one
     * transaction; then takes the new state. Returns the number of changes.
     */
    private long commit(Map<Long, ResultStore.Stored> next, java.util.function.Supplier<List<Long>> goneItems,
            java.util.function.Consumer<ChangeLog> found, String cause, LocalDate today, boolean replaceAll,
            boolean failIfBehind) {
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
            if (recorded.bulk()) {
                events.publishEvent(new EligibilityChangedInBulk(recorded.firstId(), recorded.lastId(),
                        (int) Math.min(Integer.MAX_VALUE, recorded.count()), cause));
            } else {
                recorded.events().forEach(events::publishEvent);
            }
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
     * Works on the eligible entities of a published item as of today, from the kept state (swept first if the
     * population is of another day or the item's stored verdicts are of another version), under this object's lock.
     */
    public synchronized <T> T withEligible(long itemId, java.util.function.BiFunction<int[], Population, T> work) {
        LocalDate today = ChinaTime.today(clock);
        if (!ready || population == null || !population.asOf().equals(today) || populationBehind()) {
            sweepAll("SNAPSHOT");
        }
        Optional<CompiledItem> item = policies.publishedItem(itemId);
        ResultStore.Stored stored = results.get(itemId);
        if (item.isPresent() && (stored == null || stored.versionId() != item.get().view().versionId())) {
            sweepItem(itemId, "SNAPSHOT");
            stored = results.get(itemId);
        }
        return work.apply(stored == null ? new int[0] : stored.eligible().toArray(), population);
    }

    /**
     * Reads the kept population of {@code asOf} under this object's lock (a bulk delivery's page of explanations);
     * null, without running {@code work}, while it is not warm or of another day.
     */
    public synchronized <T> T withPopulation(LocalDate asOf, java.util.function.Function<Population, T> work) {
        if (!ready || population == null || !population.asOf().equals(asOf)) {
            return null;
        }
        return work.apply(population);
    }

    /** Thrown inside a commit whose caller must compute again on the state as stored (rolls the commit back). */
    private static final class Behind extends RuntimeException {
        Behind() {
            super(null, null, false, false);
        }
    }

    /**
     * Inside a commit's transaction: takes the generation's row lock (one commit in the cluster at a time) and catches
     * up with the database if another instance committed since; returns the stored generation.
     */
    private long lockAndCatchUp() {
        long current = store.lockGeneration();
        if (current != generation) {
            catchUp(current);
        }
        return current;
    }

    /**
     * Takes the stored results as they are in the database (another instance of the cluster committed since this one
     * last did): the results, their fingerprints, the items swept. The kept population stays (see
     * {@link #populationBehind}).
     */
    private void catchUp(long storedGeneration) {
        // only the items written since this instance last read them are read again (their bitmaps are the bulk)
        Map<Long, java.time.OffsetDateTime> now = store.stamps();
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
     * Every few seconds on every instance: when another instance committed results, this one takes them (its reach
     * lists and 免申即享 snapshots follow the cluster within seconds).
     */
    public void follow() {
        if (!ready || store.generation() == generation) {
            return;
        }
        synchronized (this) {
            long stored = store.generation();
            if (stored != generation) {
                catchUp(stored);
            }
        }
    }

    /** Whether deliveries finished since the kept population was loaded that did not run on this instance. */
    private boolean populationBehind() {
        return population != null && registry.runsFinishedAfter(populationRun).stream().anyMatch(r -> !registry.ranHere(r));
    }

    private void recompile() {
        items = policies.publishedCompiled().stream().filter(i -> results.containsKey(i.view().itemId())).toList();
        plan = SweepPlan.compile(items.stream().map(CompiledItem::rule).toList());
        keys = items.stream().mapToLong(i -> i.view().itemId()).toArray();
    }

    /** New entities get ids above the last sweep's: their fingerprint starts at 0 (ineligible for everything). */
    private void grow(int size) {
        if (size > fingerprints.length) {
            fingerprints = java.util.Arrays.copyOf(fingerprints, Math.max(size, fingerprints.length + 1024));
        }
    }
}

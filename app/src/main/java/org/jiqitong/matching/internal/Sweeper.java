package org.jiqitong.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Population;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.columnar.ColumnarResult;
import org.jiqitong.rules.columnar.Snapshot;
import org.jiqitong.rules.columnar.SweepPlan;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
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
 * <p>State lives in memory (the verdicts' bitmaps in {@link SweepState}, the registry's {@link Population}, loaded
 * once by a full sweep and kept current entity by entity) and in {@code matching_result}; a step changes the kept
 * state only after its transaction committed. Steps are serialised by this object's lock; none of them reads the
 * registry again except a full sweep (at start, nightly, after a bulk delivery), so a publish or a re-match holds the
 * lock for the time of its own sweep. Changes are streamed into the change log as they are found ({@link ChangeLog}).
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
    private final Clock clock;

    private final SweepState state;
    /** Replaced whole by a full sweep; one entity's row is read again in place through {@link #kept}. */
    private volatile Population population;
    private final KeptRows kept = new KeptRows();
    /** A delivery run on another instance finished since the population was loaded (seen by {@link #follow}). */
    private volatile boolean behindElsewhere;
    private volatile boolean ready;
    /** The last delivery the kept population was loaded after (later ones run elsewhere make it stale). */
    private volatile long populationRun;
    private final AtomicInteger sweeping = new AtomicInteger();

    private final Timer fullSweeps;
    private final Timer itemSweeps;

    Sweeper(Registry registry, Policies policies, ResultStore store, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock, MeterRegistry meters) {
        this.fullSweeps = timer(meters, "full", "a sweep of every published item over the registry, changes recorded");
        this.itemSweeps = timer(meters, "item", "a sweep of one item after a publish, changes recorded");
        this.registry = registry;
        this.policies = policies;
        this.store = store;
        // its own transaction, committed before the in-memory state is replaced (a listener's is still open then)
        TransactionTemplate own = new TransactionTemplate(tx.getTransactionManager());
        own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.state = new SweepState(policies, store, events, own);
        this.clock = clock;
    }

    private static Timer timer(MeterRegistry meters, String kind, String description) {
        return Timer.builder("jiqitong.sweep").tag("kind", kind).description(description).register(meters);
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
        if (state.results == null) {
            state.results = store.loadAll();
        }
        boolean baseline = state.results.isEmpty();
        long run = registry.latestFinishedRun();
        long seen = kept.beforeLoad();
        Population population = registry.population(today);
        List<CompiledItem> published = policies.publishedCompiledNow();
        SweepPlan all = SweepPlan.compile(published.stream().map(CompiledItem::rule).toList());
        long t1 = System.nanoTime();
        List<ColumnarResult> swept = all.sweep(new Snapshot(today, population.ids(), population::facts));
        long t2 = System.nanoTime();
        long changes = state.commitFullSweep(published, swept, population, baseline, cause, today);
        this.population = population;
        populationRun = run;
        behindElsewhere = false;
        kept.reloaded(seen);
        state.swept(published, all, swept, population.size());
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
        ResultStore.Stored before = state.results.get(itemId);
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
        SweepState.Kept kept = state.keepPending(item, now, today, cause, population.size());
        if (!kept.taken()) {
            return 0; // another instance swept this version meanwhile
        }
        ResultStore.Stored stored = kept.before();
        long t2 = System.nanoTime();
        // ... then the changes and their events (政策找人), which may be hundreds of thousands — unless another
        // instance's full sweep found the pending verdicts first and recorded them itself
        long changes = state.commit(Map.of(), List::of, log -> {
            if (store.deletePending(itemId)) {
                log.addMoved(item, stored, now, population);
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
        if (!state.results.containsKey(itemId)) {
            return;
        }
        try {
            state.remove(itemId, ChinaTime.today(clock));
        } catch (SweepState.Behind e) {
            removed(itemId); // caught up meanwhile: again, on the stored state
        }
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
        } catch (SweepState.Behind e) {
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
            Population p = population;
            kept.reread(uscc.value(), () -> registry.refresh(p, e));
            facts = p.facts(e);
        } else {
            Optional<Facts> read = registry.facts(uscc, today);
            if (read.isEmpty()) {
                return 0;
            }
            facts = read.get();
        }
        return state.rematched(e, uscc.value(), facts, cause, today);
    }

    /**
     * Works on one entity's row of the kept population of {@code asOf} (我的政策 and the matches API: no read of the
     * registry), without this object's lock; null — {@code work} not run, or its result dropped — when the row may be
     * behind the registry: not warm, of another day, a delivery of this instance not yet read again
     * ({@link StaleRows}), one of another instance seen by {@link #follow} (then until the next full sweep), or the
     * row read again while {@code work} ran. A delivery on another instance is seen within the follow's period.
     */
    public <T> T withRow(String uscc, LocalDate asOf, Function<Facts, T> work) {
        return !ready || behindElsewhere ? null : kept.read(uscc, asOf, () -> population, work);
    }

    /** {@code key} (a USCC or {@link StaleRows#ALL}) changes in the current transaction: its kept row is behind. */
    void changing(String key) {
        kept.changing(key);
    }

    /** Whether the first full sweep since start has finished (the kept state is warm). */
    public boolean ready() {
        return ready;
    }

    /** The stored verdicts of one item (null when it reaches nobody or is not published). */
    public ResultStore.Stored result(long itemId) {
        Map<Long, ResultStore.Stored> now = state.results;
        return now == null ? null : now.get(itemId);
    }

    /**
     * Works on the eligible entities of a published item as of today, from the kept state (swept first if the
     * population is of another day or the item's stored verdicts are of another version), under this object's lock.
     */
    public synchronized <T> T withEligible(long itemId, BiFunction<int[], Population, T> work) {
        LocalDate today = ChinaTime.today(clock);
        if (!ready || population == null || !population.asOf().equals(today) || populationBehind()) {
            sweepAll("SNAPSHOT");
        }
        Optional<CompiledItem> item = policies.publishedItem(itemId);
        ResultStore.Stored stored = state.results.get(itemId);
        if (item.isPresent() && (stored == null || stored.versionId() != item.get().view().versionId())) {
            sweepItem(itemId, "SNAPSHOT");
            stored = state.results.get(itemId);
        }
        return work.apply(stored == null ? new int[0] : stored.eligible().toArray(), population);
    }

    /**
     * Reads the kept population of {@code asOf} under this object's lock (a bulk delivery's page of explanations);
     * null, without running {@code work}, while it is not warm or of another day.
     */
    public synchronized <T> T withPopulation(LocalDate asOf, Function<Population, T> work) {
        if (!ready || population == null || !population.asOf().equals(asOf)) {
            return null;
        }
        return work.apply(population);
    }

    /**
     * Every few seconds on every instance: when another instance committed results, this one takes them (its reach
     * lists and 免申即享 snapshots follow the cluster within seconds).
     */
    public void follow() {
        if (!ready) {
            return;
        }
        Population read = population;
        if (!behindElsewhere && populationBehind() && read == population) {
            behindElsewhere = true; // (not for a population a full sweep has just replaced)
        }
        if (!state.behindStored()) {
            return;
        }
        synchronized (this) {
            state.followStored();
        }
    }

    /** Whether deliveries finished since the kept population was loaded that did not run on this instance. */
    private boolean populationBehind() {
        return population != null && registry.runsFinishedAfter(populationRun).stream().anyMatch(r -> !registry.ranHere(r));
    }
}

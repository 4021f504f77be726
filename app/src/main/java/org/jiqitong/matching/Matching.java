package org.jiqitong.matching;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiqitong.matching.internal.ResultStore;
import org.jiqitong.matching.internal.Sweeper;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.registry.EntitySummary;
import org.jiqitong.shared.Page;
import org.roaringbitmap.RoaringBitmap;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.RowEvaluator;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.rules.formula.Amount;
import org.jiqitong.shared.Uscc;
import org.springframework.stereotype.Service;

/**
 * Evaluates every published item: for an entity of the registry (我的政策) or for facts a visitor gave (the
 * calculator). Eligible items first, by amount and then by deadline; then undetermined ones; then the rest.
 */
@Service
public class Matching {

    private static final Comparator<ItemMatch> ORDER = Comparator
            .comparing((ItemMatch m) -> m.verdict() == Verdict.ELIGIBLE ? 0 : m.verdict() == Verdict.UNDETERMINED ? 1 : 2)
            .thenComparing(m -> m.amountFen() == null ? 0L : -m.amountFen())
            .thenComparing(m -> m.deadline() == null ? LocalDate.MAX : m.deadline())
            .thenComparing(ItemMatch::itemId);

    /** Above this many changes in one step, one {@link EligibilityChangedInBulk} is published instead. */
    public static final int BULK_THRESHOLD = EligibilityChangedInBulk.THRESHOLD;

    private final Policies policies;
    private final Registry registry;
    private final Sweeper sweeper;
    private final ResultStore store;

    Matching(Policies policies, Registry registry, Sweeper sweeper, ResultStore store) {
        this.policies = policies;
        this.registry = registry;
        this.sweeper = sweeper;
        this.store = store;
    }

    /** One published item for one entity of the registry, with its explanation (a message's "why"). */
    public Optional<ItemMatch> explain(Uscc uscc, long itemId, LocalDate asOf) {
        Optional<CompiledItem> item = policies.publishedItem(itemId);
        return item.flatMap(i -> registry.facts(uscc, asOf).map(f -> match(i, f)));
    }

    /**
     * The explanations of many changes at once (a page of a bulk delivery of 政策找人), keyed by change id: from the
     * kept population when it is warm and of {@code asOf} — the facts the verdicts were computed from — else read from
     * the registry one by one. Absent: the item is no longer published or the entity is unknown.
     */
    public Map<Long, ItemMatch> explainAll(List<EligibilityChanged> changes, LocalDate asOf) {
        Map<Long, ItemMatch> out = new java.util.HashMap<>();
        if (changes.isEmpty()) {
            return out;
        }
        Map<Long, Optional<CompiledItem>> items = new java.util.HashMap<>();
        changes.forEach(c -> items.computeIfAbsent(c.itemId(), policies::publishedItem));
        Map<String, Integer> ids = registry.entityIds(changes.stream().map(EligibilityChanged::uscc).distinct().toList());
        sweeper.withPopulation(asOf, population -> {
            for (EligibilityChanged c : changes) {
                Integer id = ids.get(c.uscc());
                Optional<CompiledItem> item = items.get(c.itemId());
                if (id != null && item.isPresent() && population.ids().contains(id)) {
                    out.put(c.changeId(), match(item.get(), population.facts(id)));
                }
            }
            return null;
        });
        for (EligibilityChanged c : changes) {
            if (!out.containsKey(c.changeId()) && items.get(c.itemId()).isPresent() && ids.containsKey(c.uscc())) {
                explain(new Uscc(c.uscc()), c.itemId(), asOf).ifPresent(m -> out.put(c.changeId(), m));
            }
        }
        return out;
    }

    /** How many entities the item reaches now (empty when it was never swept or is withdrawn). */
    public Optional<ItemReach> reach(long itemId) {
        return store.reach(itemId);
    }

    /** Every published item's counts (the department's list), in one read. */
    public Map<Long, ItemReach> reachAll() {
        return store.reachAll();
    }

    /** The item's counts at the end of each day on which they changed. */
    public List<ReachOnDay> history(long itemId) {
        return store.history(itemId);
    }

    /** One page of the entities with {@code verdict} (ELIGIBLE or UNDETERMINED) for the item, by entity id. */
    public Page<EntitySummary> reached(long itemId, Verdict verdict, int page, int size) {
        RoaringBitmap ids = reachedIds(itemId, verdict);
        int total = ids.getCardinality();
        int from = Math.min(total, page * size);
        int to = Math.min(total, from + size);
        int[] slice = new int[to - from];
        for (int k = from; k < to; k++) {
            slice[k - from] = ids.select(k);
        }
        return new Page<>(registry.summaries(slice), total, page, size);
    }

    /** Every entity with {@code verdict} for the item, in batches (for exports). */
    public void forEachReached(long itemId, Verdict verdict, Consumer<List<EntitySummary>> batch) {
        RoaringBitmap ids = reachedIds(itemId, verdict);
        int[] buffer = new int[1000];
        int n = 0;
        for (var it = ids.getIntIterator(); it.hasNext();) {
            buffer[n++] = it.next();
            if (n == buffer.length || !it.hasNext()) {
                batch.accept(registry.summaries(java.util.Arrays.copyOf(buffer, n)));
                n = 0;
            }
        }
    }

    /**
     * Everyone who meets the item's conditions today, from the platform's kept verdicts and population (one
     * consistent picture; nothing is read from the registry again), with the amount the item's formula gives each and
     * the conditions each meets; ordered by USCC. Entities for which the formula gives nothing are left out.
     */
    public List<EligibleEntity> eligibleWithAmounts(long itemId) {
        CompiledItem item = policies.publishedItem(itemId).orElseThrow(() -> new IllegalArgumentException("未发布的政策"));
        Map<String, java.time.OffsetDateTime> since = store.eligibleSince(itemId);
        List<EligibleEntity> out = sweeper.withEligible(itemId, (ids, population) -> {
            List<EligibleEntity> found = new java.util.ArrayList<>();
            for (int from = 0; from < ids.length; from += 1000) {
                int[] chunk = java.util.Arrays.copyOfRange(ids, from, Math.min(ids.length, from + 1000));
                Map<String, String> names = new java.util.HashMap<>();
                registry.summaries(chunk).forEach(e -> names.put(e.uscc(), e.name()));
                for (int id : chunk) {
                    Facts facts = population.facts(id);
                    Amount amount = item.formula() == null ? null : item.formula().evaluate(facts);
                    if (amount == null || amount.fen() == null || amount.fen() <= 0) {
                        continue;
                    }
                    List<String> reasons = RowEvaluator.evaluate(item.rule(), facts).explanations().stream()
                            .filter(e -> e.outcome() == org.jiqitong.rules.eval.Outcome.MET)
                            .map(e -> e.wording() + ":" + e.actual()
                                    + (e.citation() == null ? "" : "(依据:" + e.citation() + ")"))
                            .toList();
                    String uscc = population.uscc(id);
                    found.add(new EligibleEntity(uscc, names.getOrDefault(uscc, uscc), amount.fen(), reasons,
                            since.get(uscc)));
                }
            }
            return found;
        });
        out.sort(java.util.Comparator.comparing(EligibleEntity::uscc));
        return out;
    }

    /** Recorded changes with ids in [fromId, toId], at most {@code limit}, in order (for bulk listeners). */
    public List<EligibilityChanged> changes(long fromId, long toId, int limit) {
        return store.changes(fromId, toId, limit);
    }

    private RoaringBitmap reachedIds(long itemId, Verdict verdict) {
        var stored = sweeper.result(itemId);
        if (stored == null) {
            return new RoaringBitmap();
        }
        return verdict == Verdict.ELIGIBLE ? stored.eligible() : stored.undetermined();
    }

    /** 我的政策: every published item for one entity of the registry, as of {@code asOf}. */
    public Optional<List<ItemMatch>> forEntity(Uscc uscc, LocalDate asOf) {
        // the entity's row of the kept population when it is current (no query: the matches API at city scale,
        // issue 12), else the registry
        List<ItemMatch> kept = sweeper.withRow(uscc.value(), asOf, this::evaluate);
        return kept != null ? Optional.of(kept) : registry.facts(uscc, asOf).map(this::evaluate);
    }

    /** The calculator: every published item for the facts a visitor gave. */
    public List<ItemMatch> evaluate(Facts facts) {
        return policies.publishedCompiled().stream().map(item -> match(item, facts)).sorted(ORDER).toList();
    }

    private static ItemMatch match(CompiledItem item, Facts facts) {
        Evaluation evaluation = RowEvaluator.evaluate(item.rule(), facts);
        Amount amount = item.formula() == null || evaluation.verdict() == Verdict.INELIGIBLE ? null
                : item.formula().evaluate(facts);
        var v = item.view();
        var c = v.content();
        return new ItemMatch(v.itemId(), v.versionId(), v.version(), c.name(), c.benefitType(), v.departmentCode(),
                evaluation.verdict(), amount == null ? null : amount.fen(), c.amountIllustrative(),
                amount != null && amount.capped(), evaluation.explanations(), evaluation.missing(), c.windowTo(),
                c.noApplication());
    }
}

package org.jiqitong.rules.columnar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiqitong.rules.TestCatalogue;
import org.jiqitong.rules.condition.Citation;
import org.jiqitong.rules.condition.Condition;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.Operator;
import org.jiqitong.rules.condition.Period;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.MapFacts;
import org.jiqitong.rules.eval.RowEvaluator;
import org.jiqitong.rules.eval.Verdict;
import org.roaringbitmap.RoaringBitmap;

/**
 * One meaning: for random condition trees (every leaf kind, nesting, {@code not}) and random populations with
 * missing values, the columnar verdict equals the row-wise verdict for every entity. Runs with a fixed seed and with
 * a random one (jqwik reports the seed it used).
 */
class OneMeaningPropertiesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final ConditionChecker CHECKER = new ConditionChecker(TestCatalogue.CATALOGUE);
    private static final Citation CITE = new Citation("测试", "第一条");

    @Property(tries = 300, seed = "20210614")
    void columnarEqualsRowWiseWithAFixedSeed(@ForAll("forests") List<Condition> trees,
            @ForAll("populations") List<Map<String, Object>> rows, @ForAll("chunkBits") int chunkBits) {
        sameVerdicts(trees, rows, chunkBits);
    }

    @Property(tries = 300)
    void columnarEqualsRowWiseWithARandomSeed(@ForAll("forests") List<Condition> trees,
            @ForAll("populations") List<Map<String, Object>> rows, @ForAll("chunkBits") int chunkBits) {
        sameVerdicts(trees, rows, chunkBits);
    }

    /**
     * Rows sit at ids 0, 3, 6 … (a registry's ids have gaps); the sweep, the single-row re-match and the row-wise
     * evaluator must give every row the same verdict for every item.
     */
    private static void sameVerdicts(List<Condition> trees, List<Map<String, Object>> rows, int chunkBits) {
        List<Rule> rules = trees.stream().map(CHECKER::check).toList();
        Facts[] byId = new Facts[rows.size() * 3];
        RoaringBitmap ids = new RoaringBitmap();
        for (int k = 0; k < rows.size(); k++) {
            byId[3 * k] = new MapFacts(AS_OF, rows.get(k));
            ids.add(3 * k);
        }
        SweepPlan plan = SweepPlan.compile(rules, chunkBits);
        List<ColumnarResult> columnar = plan.sweep(new Snapshot(AS_OF, ids, i -> byId[i]));
        long[] keys = java.util.stream.LongStream.range(100, 100 + rules.size()).toArray();
        long[] fingerprints = Fingerprints.of(keys, columnar, byId.length, java.util.concurrent.ForkJoinPool.commonPool());
        for (int k = 0; k < rows.size(); k++) {
            Facts facts = byId[3 * k];
            Verdict[] single = plan.evaluateRow(facts);
            assertThat(Fingerprints.of(keys, single)).as("fingerprint of row %d", k).isEqualTo(fingerprints[3 * k]);
            for (int item = 0; item < rules.size(); item++) {
                Verdict rowWise = RowEvaluator.evaluate(rules.get(item), facts).verdict();
                assertThat(columnar.get(item).verdict(3 * k)).as("item %d row %d %s", item, k, rows.get(k))
                        .isEqualTo(rowWise);
                assertThat(single[item]).as("re-match of item %d row %d", item, k).isEqualTo(rowWise);
            }
        }
        for (ColumnarResult r : columnar) {
            assertThat(RoaringBitmap.andNot(RoaringBitmap.or(r.eligible(), r.undetermined()), ids).isEmpty())
                    .as("no verdict for an id that is not a row").isTrue();
        }
    }

    @Property(tries = 50)
    void aLeafSharedByItemsIsComputedOnce(@ForAll("populations") List<Map<String, Object>> rows) {
        Condition shared = leaf("qualifications", null, Operator.HAS, List.of("HIGH_TECH"), null, null);
        Condition a = new Condition.All(List.of(shared, leaf("listed", null, Operator.EQ, List.of(true), null, null)));
        Condition b = new Condition.Any(List.of(shared, leaf("listed", null, Operator.EQ, List.of(false), null, null)));
        SweepPlan plan = SweepPlan.compile(List.of(CHECKER.check(a), CHECKER.check(b)));
        assertThat(plan.distinctLeaves()).isEqualTo(3);
    }

    /** A cel leaf under an all is evaluated only for the rows the other parts did not already fail. */
    @Property(tries = 50)
    void celRunsOnlyOnCandidates(@ForAll("populations") List<Map<String, Object>> rows) {
        Condition listed = leaf("listed", null, Operator.EQ, List.of(true), null, null);
        Condition cel = new Condition.Leaf(null, null, Operator.CEL, List.of(), null, null, "employees_last >= 10",
                "计算条件", CITE);
        List<Facts> facts = rows.stream().map(r -> (Facts) new MapFacts(AS_OF, r)).toList();
        AtomicInteger reads = new AtomicInteger();
        Snapshot snapshot = new Snapshot(AS_OF, facts.size(), i -> {
            reads.incrementAndGet();
            return facts.get(i);
        });
        RoaringBitmap known = new RoaringBitmap();
        Map<String, RoaringBitmap> byValue = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Object v = rows.get(i).get("listed");
            if (v != null) {
                known.add(i);
                byValue.computeIfAbsent(v.toString(), x -> new RoaringBitmap()).add(i);
            }
        }
        snapshot.putCodes("listed", byValue, known);
        SweepPlan.compile(List.of(CHECKER.check(new Condition.All(List.of(cel, listed))))).sweep(snapshot);
        long candidates = rows.stream().filter(r -> !Boolean.FALSE.equals(r.get("listed"))).count();
        assertThat(reads.get()).isEqualTo((int) candidates);
    }

    @Provide
    Arbitrary<Integer> chunkBits() {
        return Arbitraries.of(1, 2, 3, SweepPlan.CHUNK_BITS);
    }

    @Provide
    Arbitrary<List<Condition>> forests() {
        return tree(3).list().ofMinSize(1).ofMaxSize(4);
    }

    private Arbitrary<Condition> tree(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<Condition> child = tree(depth - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaves()),
                net.jqwik.api.Tuple.of(2, child.list().ofMinSize(1).ofMaxSize(4).map(c -> (Condition) new Condition.All(c))),
                net.jqwik.api.Tuple.of(2, child.list().ofMinSize(1).ofMaxSize(4).map(c -> (Condition) new Condition.Any(c))),
                net.jqwik.api.Tuple.of(1, child.map(c -> (Condition) new Condition.Not(c))));
    }

    private static Arbitrary<Condition> leaves() {
        Arbitrary<Period> yearly = Arbitraries.of(Period.LAST, Period.LATEST, new Period(Period.Kind.YEAR, 2024));
        return Arbitraries.oneOf(
                Arbitraries.of("C", "C39", "I", "I65", "F52").list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                        .map(v -> leaf("industry", null, Operator.PREFIX, new ArrayList<>(v), null, null)),
                Arbitraries.of("C3911", "I6513", "F5211").list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                        .map(v -> leaf("industry", null, Operator.IN, new ArrayList<>(v), null, null)),
                Arbitraries.of("370102", "370112").map(v -> leaf("district", null, Operator.EQ, List.of(v), null, null)),
                Combinators.combine(yearly, Arbitraries.longs().between(0, 60), Arbitraries.longs().between(0, 60))
                        .as((p, lo, hi) -> leaf("employees", p, Operator.RANGE, List.of(), Math.min(lo, hi), Math.max(lo, hi))),
                Combinators.combine(yearly, Arbitraries.longs().between(0, 60))
                        .as((p, v) -> leaf("employees", p, Operator.IN, List.of(v, v + 1), null, null)),
                Combinators.combine(yearly, Arbitraries.longs().between(0, 100_000))
                        .as((p, lo) -> leaf("revenue", p, Operator.RANGE, List.of(), lo, null)),
                yearly.map(p -> leaf("revenue", p, Operator.EXISTS, List.of(), null, null)),
                Arbitraries.of("-3y", "-10y", "2020-01-01").map(d -> leaf("established_on", null, Operator.RANGE, List.of(), d, null)),
                Arbitraries.of(true, false).map(b -> leaf("listed", null, Operator.EQ, List.of(b), null, null)),
                Arbitraries.of("HIGH_TECH", "SPECIALISED").list().ofMinSize(1).ofMaxSize(2).uniqueElements()
                        .map(v -> leaf("qualifications", null, Operator.HAS, new ArrayList<>(v), null, null)),
                Arbitraries.of("employees_last >= 10", "revenue_latest > employees_last * 1000", "'HIGH_TECH' in qualifications",
                        "listed || district == '370112'")
                        .map(e -> (Condition) new Condition.Leaf(null, null, Operator.CEL, List.of(), null, null, e, "计算条件", CITE)));
    }

    private static Condition leaf(String attr, Period period, Operator op, List<Object> values, Object min, Object max) {
        return new Condition.Leaf(attr, period, op, values, min, max, null, attr + " " + op.json(), CITE);
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> populations() {
        return row().list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<Map<String, Object>> row() {
        Arbitrary<Boolean> present = Arbitraries.integers().between(0, 3).map(n -> n > 0);
        return Combinators.combine(List.of(
                maybe(present, Arbitraries.of("C3911", "C3311", "I6513", "I6420", "F5211")),
                maybe(present, Arbitraries.of("370102", "370112")),
                maybe(present, Arbitraries.longs().between(0, 60)),
                maybe(present, Arbitraries.longs().between(0, 60)),
                maybe(present, Arbitraries.longs().between(0, 100_000)),
                maybe(present, Arbitraries.longs().between(0, 100_000)),
                maybe(present, Arbitraries.integers().between(0, 4000).map(d -> (Object) LocalDate.of(2015, 1, 1).plusDays(d))),
                maybe(present, Arbitraries.of(true, false)),
                maybe(present, Arbitraries.of("HIGH_TECH", "SPECIALISED").set().ofMaxSize(2).map(s -> (Object) new LinkedHashSet<>(s)))))
                .as(values -> {
                    Map<String, Object> facts = new HashMap<>();
                    put(facts, "industry", values.get(0));
                    put(facts, "district", values.get(1));
                    put(facts, "employees@2025", values.get(2));
                    put(facts, "employees@2026", values.get(3));
                    put(facts, "revenue@2024", values.get(4));
                    put(facts, "revenue@2025", values.get(5));
                    put(facts, "established_on", values.get(6));
                    put(facts, "listed", values.get(7));
                    put(facts, "qualifications", values.get(8));
                    return facts;
                });
    }

    private static Arbitrary<Object> maybe(Arbitrary<Boolean> present, Arbitrary<?> value) {
        return Combinators.combine(present, value).as((p, v) -> p ? (Object) v : null);
    }

    private static void put(Map<String, Object> facts, String key, Object value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    static Set<String> none() {
        return Set.of();
    }
}

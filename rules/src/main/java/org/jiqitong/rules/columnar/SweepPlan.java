package org.jiqitong.rules.columnar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.jiqitong.rules.catalogue.AttributeType;
import org.jiqitong.rules.condition.DateBound;
import org.jiqitong.rules.condition.Operator;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.Outcome;
import org.jiqitong.rules.eval.RowEvaluator;
import org.jiqitong.rules.eval.Verdict;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Many items' checked rules compiled into one plan, with the row-wise evaluator's meaning (Kleene's three values):
 * every distinct leaf is one entry, shared by all the items that use it.
 *
 * <p>{@link #sweep} evaluates every item for every row of a {@link Snapshot}: rows are cut into chunks of 2^16 ids
 * run in parallel; in a chunk each distinct leaf is computed once as bitmaps (code columns as a bitmap per value,
 * numbers through a {@code RangeBitmap}); {@code cel} leaves are evaluated row by row, and only on the rows whose
 * verdict still depends on them (the candidates the cheaper parts of an {@code all}/{@code any} left open).
 *
 * <p>{@link #evaluateRow} evaluates every item for one entity (the re-match after a change): each leaf it reaches
 * is evaluated once, without explanations.
 */
public final class SweepPlan {

    /** Chunks of 2^16 ids: one Roaring container each. */
    public static final int CHUNK_BITS = 16;

    /** A compiled tree; {@code cel} tells whether a {@code cel} leaf lies below (those are evaluated last). */
    private sealed interface Node permits All, Any, Not, Leaf {
        boolean cel();
    }

    private record All(Node[] parts, boolean cel) implements Node {
    }

    private record Any(Node[] parts, boolean cel) implements Node {
    }

    private record Not(Node part, boolean cel) implements Node {
    }

    private record Leaf(int index, boolean cel) implements Node {
    }

    /** A leaf's meaning without its wording, path or citation: equal keys are one leaf. */
    private record LeafKey(String attribute, Object period, Operator operator, List<Object> values, Object min, Object max) {
    }

    private final List<Rule> leaves = new ArrayList<>();
    private final Node[] items;
    private final int chunkBits;

    private SweepPlan(List<Rule> rules, int chunkBits) {
        Map<Object, Integer> index = new LinkedHashMap<>();
        this.items = rules.stream().map(r -> node(r, index)).toArray(Node[]::new);
        this.chunkBits = chunkBits;
    }

    /** The plan of {@code rules} (one per item, in this order). */
    public static SweepPlan compile(List<Rule> rules) {
        return new SweepPlan(rules, CHUNK_BITS);
    }

    /** A plan with smaller chunks, so that tests cross chunk bounds with a few rows. */
    static SweepPlan compile(List<Rule> rules, int chunkBits) {
        return new SweepPlan(rules, chunkBits);
    }

    public int items() {
        return items.length;
    }

    public int distinctLeaves() {
        return leaves.size();
    }

    private Node node(Rule rule, Map<Object, Integer> index) {
        if (rule instanceof Rule.All all) {
            Node[] parts = parts(all.rules(), index);
            return new All(parts, Arrays.stream(parts).anyMatch(Node::cel));
        }
        if (rule instanceof Rule.Any any) {
            Node[] parts = parts(any.rules(), index);
            return new Any(parts, Arrays.stream(parts).anyMatch(Node::cel));
        }
        if (rule instanceof Rule.Not not) {
            Node part = node(not.rule(), index);
            return new Not(part, part.cel());
        }
        Object key;
        if (rule instanceof Rule.Expression expression) {
            key = expression.condition().expression();
        } else {
            Rule.Test t = (Rule.Test) rule;
            key = new LeafKey(t.attribute().code(), t.period() == null ? null : t.period().json(), t.operator(),
                    t.values(), t.min(), t.max());
        }
        int i = index.computeIfAbsent(key, k -> {
            leaves.add(rule);
            return leaves.size() - 1;
        });
        return new Leaf(i, rule instanceof Rule.Expression);
    }

    /** The parts of an all/any, those without {@code cel} first (stable otherwise). */
    private Node[] parts(List<Rule> rules, Map<Object, Integer> index) {
        return rules.stream().map(r -> node(r, index)).sorted(Comparator.comparing(Node::cel)).toArray(Node[]::new);
    }

    // ---------------------------------------------------------------- the whole population

    /** Every item over every row of {@code snapshot}, chunks run in the common pool. */
    public List<ColumnarResult> sweep(Snapshot snapshot) {
        return sweep(snapshot, ForkJoinPool.commonPool());
    }

    /** Every item over every row of {@code snapshot}, chunks run in {@code pool}. */
    public List<ColumnarResult> sweep(Snapshot snapshot, ForkJoinPool pool) {
        int chunks = (snapshot.size() + (1 << chunkBits) - 1) >>> chunkBits;
        RoaringBitmap[][] met = new RoaringBitmap[items.length][chunks];
        RoaringBitmap[][] unknown = new RoaringBitmap[items.length][chunks];
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            RoaringBitmap universe = RoaringBitmap.and(snapshot.rows(),
                    RoaringBitmap.bitmapOfRange((long) c << chunkBits, (long) (c + 1) << chunkBits));
            Chunk chunk = new Chunk(snapshot, universe);
            for (int item = 0; item < items.length; item++) {
                Tri t = universe.isEmpty() ? new Tri(universe, universe) : chunk.tri(items[item], universe);
                met[item][c] = RoaringBitmap.and(t.met(), universe);
                unknown[item][c] = RoaringBitmap.and(t.unknown(), universe);
            }
        })).join();
        List<ColumnarResult> results = new ArrayList<>(items.length);
        for (int item = 0; item < items.length; item++) {
            results.add(new ColumnarResult(FastAggregation.or(met[item]), FastAggregation.or(unknown[item])));
        }
        return results;
    }

    /** One chunk's work: its rows, and each leaf computed at most once over them. */
    private final class Chunk {
        private final Snapshot snapshot;
        private final RoaringBitmap universe;
        private final Tri[] computed = new Tri[leaves.size()];
        private final RoaringBitmap[] celDone = new RoaringBitmap[leaves.size()];

        Chunk(Snapshot snapshot, RoaringBitmap universe) {
            this.snapshot = snapshot;
            this.universe = universe;
        }

        /**
         * The node's three values; exact on the rows of {@code care}, which are the only ones whose verdict can
         * still depend on it (elsewhere the bitmaps may say anything).
         */
        Tri tri(Node node, RoaringBitmap care) {
            if (node instanceof Leaf leaf) {
                return leaf.cel() ? cel(leaf.index(), care) : leaf(leaf.index());
            }
            if (node instanceof Not not) {
                return tri(not.part(), care).not(universe);
            }
            boolean all = node instanceof All;
            Node[] parts = all ? ((All) node).parts() : ((Any) node).parts();
            List<Tri> done = new ArrayList<>(parts.length);
            for (Node part : parts) {
                RoaringBitmap open = care;
                if (part.cel() && !done.isEmpty()) {
                    // a cel part matters only where the parts before it left the verdict open
                    open = care.clone();
                    for (Tri t : done) {
                        open.andNot(all ? t.failed(universe) : t.met());
                    }
                }
                done.add(tri(part, open));
            }
            return all ? Tri.all(done, universe) : Tri.any(done, universe);
        }

        private Tri cel(int index, RoaringBitmap care) {
            if (computed[index] == null) {
                computed[index] = new Tri(new RoaringBitmap(), new RoaringBitmap());
                celDone[index] = new RoaringBitmap();
            }
            Tri t = computed[index];
            RoaringBitmap todo = RoaringBitmap.andNot(care, celDone[index]);
            Rule.Expression expression = (Rule.Expression) leaves.get(index);
            todo.forEach((int i) -> {
                Outcome o = expression.condition().evaluate(snapshot.row(i)).outcome();
                if (o == Outcome.MET) {
                    t.met().add(i);
                } else if (o == Outcome.UNKNOWN) {
                    t.unknown().add(i);
                }
            });
            celDone[index].or(todo);
            return new Tri(t.met().clone(), t.unknown().clone()); // the cache grows; a result must not
        }

        private Tri leaf(int index) {
            if (computed[index] == null) {
                computed[index] = test((Rule.Test) leaves.get(index));
            }
            return computed[index];
        }

        private Tri test(Rule.Test test) {
            AttributeType type = test.attribute().type();
            boolean numeric = type == AttributeType.INT || type == AttributeType.MONEY || type == AttributeType.DATE;
            RoaringBitmap known;
            RoaringBitmap met;
            if (numeric) {
                Snapshot.Numbers column = snapshot.numbers(test.attribute(), test.period());
                known = RoaringBitmap.and(column.known(), universe);
                met = test.operator() == Operator.EXISTS ? known : numeric(test, column, known);
            } else {
                Snapshot.Codes column = snapshot.codes(test.attribute());
                known = RoaringBitmap.and(column.known(), universe);
                met = test.operator() == Operator.EXISTS ? known : codes(test, column);
            }
            if (test.operator() == Operator.EXISTS) {
                return new Tri(met, new RoaringBitmap());
            }
            return new Tri(met, RoaringBitmap.andNot(universe, known));
        }

        private RoaringBitmap numeric(Rule.Test test, Snapshot.Numbers column, RoaringBitmap known) {
            LocalDate asOf = snapshot.asOf();
            return switch (test.operator()) {
                case EQ, IN -> {
                    RoaringBitmap met = new RoaringBitmap();
                    for (Object v : test.values()) {
                        long w = number(v, asOf);
                        met.or(column.between(w, w, known));
                    }
                    yield met;
                }
                case RANGE -> column.between(test.min() == null ? Long.MIN_VALUE : number(test.min(), asOf),
                        test.max() == null ? Long.MAX_VALUE : number(test.max(), asOf), known);
                default -> new RoaringBitmap();
            };
        }

        private RoaringBitmap codes(Rule.Test test, Snapshot.Codes column) {
            RoaringBitmap met = new RoaringBitmap();
            switch (test.operator()) {
                case EQ, IN, HAS -> test.values().forEach(v -> {
                    RoaringBitmap rows = column.rows().get(v.toString());
                    if (rows != null) {
                        met.or(RoaringBitmap.and(rows, universe));
                    }
                });
                case PREFIX -> column.rows().forEach((code, rows) -> {
                    if (test.values().stream().anyMatch(p -> code.startsWith((String) p))) {
                        met.or(RoaringBitmap.and(rows, universe));
                    }
                });
                default -> {
                }
            }
            return met;
        }
    }

    private static long number(Object literal, LocalDate asOf) {
        if (literal instanceof DateBound d) {
            return d.resolve(asOf).toEpochDay();
        }
        return (Long) literal;
    }

    // ---------------------------------------------------------------- one entity

    /** Every item's verdict for one entity, in the plan's order; each leaf reached is evaluated once. */
    public Verdict[] evaluateRow(Facts facts) {
        Outcome[] outcomes = new Outcome[leaves.size()];
        Verdict[] verdicts = new Verdict[items.length];
        for (int item = 0; item < items.length; item++) {
            Outcome o = outcome(items[item], facts, outcomes);
            verdicts[item] = o == Outcome.MET ? Verdict.ELIGIBLE : o == Outcome.FAILED ? Verdict.INELIGIBLE
                    : Verdict.UNDETERMINED;
        }
        return verdicts;
    }

    private Outcome outcome(Node node, Facts facts, Outcome[] outcomes) {
        if (node instanceof Leaf leaf) {
            Outcome o = outcomes[leaf.index()];
            if (o == null) {
                o = RowEvaluator.outcome(leaves.get(leaf.index()), facts);
                outcomes[leaf.index()] = o;
            }
            return o;
        }
        if (node instanceof Not not) {
            return outcome(not.part(), facts, outcomes).not();
        }
        if (node instanceof All all) {
            Outcome result = Outcome.MET;
            for (Node part : all.parts()) {
                Outcome o = outcome(part, facts, outcomes);
                if (o == Outcome.FAILED) {
                    return Outcome.FAILED;
                }
                if (o == Outcome.UNKNOWN) {
                    result = Outcome.UNKNOWN;
                }
            }
            return result;
        }
        Outcome result = Outcome.FAILED;
        for (Node part : ((Any) node).parts()) {
            Outcome o = outcome(part, facts, outcomes);
            if (o == Outcome.MET) {
                return Outcome.MET;
            }
            if (o == Outcome.UNKNOWN) {
                result = Outcome.UNKNOWN;
            }
        }
        return result;
    }
}

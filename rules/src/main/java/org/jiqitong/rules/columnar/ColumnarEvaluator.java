package org.jiqitong.rules.columnar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.rules.catalogue.AttributeType;
import org.jiqitong.rules.condition.DateBound;
import org.jiqitong.rules.condition.Operator;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.eval.Outcome;
import org.roaringbitmap.RoaringBitmap;

/**
 * Evaluates checked rules for every row of a {@link Snapshot} at once, with the row-wise evaluator's meaning
 * (Kleene's three values). A leaf that several items share is computed once per evaluator; {@code cel} leaves are
 * evaluated row by row.
 */
public final class ColumnarEvaluator {

    /** A leaf's meaning without its wording, path or citation: equal keys give equal bitmaps. */
    private record LeafKey(String attribute, Object period, Operator operator, List<Object> values, Object min, Object max) {
    }

    private final Snapshot snapshot;
    private final Map<Object, Tri> leaves = new HashMap<>();

    public ColumnarEvaluator(Snapshot snapshot) {
        this.snapshot = snapshot;
    }

    public ColumnarResult evaluate(Rule rule) {
        Tri t = tri(rule);
        return new ColumnarResult(t.met(), t.unknown());
    }

    /** How many distinct leaves have been computed so far (each once). */
    public int distinctLeaves() {
        return leaves.size();
    }

    private Tri tri(Rule rule) {
        RoaringBitmap universe = snapshot.all();
        if (rule instanceof Rule.All all) {
            List<Tri> parts = new ArrayList<>();
            all.rules().forEach(r -> parts.add(tri(r)));
            return Tri.all(parts, universe);
        }
        if (rule instanceof Rule.Any any) {
            List<Tri> parts = new ArrayList<>();
            any.rules().forEach(r -> parts.add(tri(r)));
            return Tri.any(parts, universe);
        }
        if (rule instanceof Rule.Not not) {
            return tri(not.rule()).not(universe);
        }
        if (rule instanceof Rule.Expression expression) {
            return leaves.computeIfAbsent(expression.condition().expression(), k -> rowWise(expression));
        }
        Rule.Test test = (Rule.Test) rule;
        LeafKey key = new LeafKey(test.attribute().code(), test.period() == null ? null : test.period().json(),
                test.operator(), test.values(), test.min(), test.max());
        return leaves.computeIfAbsent(key, k -> leaf(test));
    }

    private Tri rowWise(Rule.Expression expression) {
        RoaringBitmap met = new RoaringBitmap();
        RoaringBitmap unknown = new RoaringBitmap();
        for (int i = 0; i < snapshot.size(); i++) {
            Outcome o = expression.condition().evaluate(snapshot.row(i)).outcome(); // row-wise, the one exception
            if (o == Outcome.MET) {
                met.add(i);
            } else if (o == Outcome.UNKNOWN) {
                unknown.add(i);
            }
        }
        return new Tri(met, unknown);
    }

    private Tri leaf(Rule.Test test) {
        AttributeType type = test.attribute().type();
        boolean numeric = type == AttributeType.INT || type == AttributeType.MONEY || type == AttributeType.DATE;
        RoaringBitmap known;
        RoaringBitmap met;
        if (numeric) {
            Snapshot.Numbers column = snapshot.numbers(test.attribute(), test.period());
            known = column.known();
            met = numericMet(test, column);
        } else {
            Snapshot.Codes column = snapshot.codes(test.attribute());
            known = column.known();
            met = codeMet(test, column);
        }
        if (test.operator() == Operator.EXISTS) {
            return new Tri(known.clone(), new RoaringBitmap());
        }
        return new Tri(met, RoaringBitmap.andNot(snapshot.all(), known));
    }

    private RoaringBitmap numericMet(Rule.Test test, Snapshot.Numbers column) {
        LocalDate asOf = snapshot.asOf();
        RoaringBitmap met = new RoaringBitmap();
        long[] values = column.values();
        switch (test.operator()) {
            case EQ, IN -> {
                long[] wanted = test.values().stream().mapToLong(v -> number(v, asOf)).toArray();
                column.known().forEach((int i) -> {
                    for (long w : wanted) {
                        if (values[i] == w) {
                            met.add(i);
                            return;
                        }
                    }
                });
            }
            case RANGE -> {
                long min = test.min() == null ? Long.MIN_VALUE : number(test.min(), asOf);
                long max = test.max() == null ? Long.MAX_VALUE : number(test.max(), asOf);
                column.known().forEach((int i) -> {
                    if (values[i] >= min && values[i] <= max) {
                        met.add(i);
                    }
                });
            }
            default -> {
            }
        }
        return met;
    }

    private static RoaringBitmap codeMet(Rule.Test test, Snapshot.Codes column) {
        RoaringBitmap met = new RoaringBitmap();
        switch (test.operator()) {
            case EQ, IN, HAS -> test.values().forEach(v -> {
                RoaringBitmap rows = column.rows().get(v.toString());
                if (rows != null) {
                    met.or(rows);
                }
            });
            case PREFIX -> column.rows().forEach((code, rows) -> {
                if (test.values().stream().anyMatch(p -> code.startsWith((String) p))) {
                    met.or(rows);
                }
            });
            default -> {
            }
        }
        return met;
    }

    private static long number(Object literal, LocalDate asOf) {
        if (literal instanceof DateBound d) {
            return d.resolve(asOf).toEpochDay();
        }
        return (Long) literal;
    }

}

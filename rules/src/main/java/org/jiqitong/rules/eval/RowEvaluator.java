package org.jiqitong.rules.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.condition.DateBound;
import org.jiqitong.rules.condition.Rule;

/**
 * Evaluates a checked rule for one entity with three values (Kleene): {@code all} fails if any part fails,
 * else is unknown if any part is unknown; {@code any} is met if any part is met, else unknown if any part is
 * unknown; {@code not} swaps met and failed. A missing fact makes its leaf unknown, never a guess.
 */
public final class RowEvaluator {

    private RowEvaluator() {
    }

    public static Evaluation evaluate(Rule rule, Facts facts) {
        List<Explanation> lines = new ArrayList<>();
        Outcome outcome = evaluate(rule, facts, lines, false);
        Verdict verdict = outcome == Outcome.MET ? Verdict.ELIGIBLE
                : outcome == Outcome.FAILED ? Verdict.INELIGIBLE : Verdict.UNDETERMINED;
        return new Evaluation(verdict, lines);
    }

    /** The outcome of {@code rule} for one entity without explanation lines (the re-match's fast path). */
    public static Outcome outcome(Rule rule, Facts facts) {
        return evaluate(rule, facts, null, false);
    }

    /**
     * Evaluates {@code rule}; explanation lines are written from the rule's side, so under an odd number of
     * {@code not}s a leaf reads "不属于:…" with its outcome inverted (not listed as dishonest: met).
     */
    private static Outcome evaluate(Rule rule, Facts facts, List<Explanation> lines, boolean negated) {
        if (rule instanceof Rule.All all) {
            Outcome result = Outcome.MET;
            for (Rule r : all.rules()) {
                Outcome o = evaluate(r, facts, lines, negated);
                if (o == Outcome.FAILED) {
                    result = Outcome.FAILED;
                } else if (o == Outcome.UNKNOWN && result == Outcome.MET) {
                    result = Outcome.UNKNOWN;
                }
            }
            return result;
        }
        if (rule instanceof Rule.Any any) {
            Outcome result = Outcome.FAILED;
            for (Rule r : any.rules()) {
                Outcome o = evaluate(r, facts, lines, negated);
                if (o == Outcome.MET) {
                    result = Outcome.MET;
                } else if (o == Outcome.UNKNOWN && result == Outcome.FAILED) {
                    result = Outcome.UNKNOWN;
                }
            }
            return result;
        }
        if (rule instanceof Rule.Not not) {
            return evaluate(not.rule(), facts, lines, !negated).not();
        }
        if (rule instanceof Rule.Expression expression) {
            var result = expression.condition().evaluate(facts);
            if (lines == null) {
                return result.outcome();
            }
            lines.add(new Explanation(expression.path(), wording(expression.wording(), negated), "计算条件",
                    result.actual(), negated ? result.outcome().not() : result.outcome(), expression.citation(), null));
            return result.outcome();
        }
        Rule.Test test = (Rule.Test) rule;
        Object actual = actual(test, facts);
        Outcome outcome = test(test, actual, facts.asOf());
        if (lines == null) {
            return outcome;
        }
        lines.add(new Explanation(test.path(), wording(test.wording(), negated), label(test),
                format(test.attribute(), actual), negated ? outcome.not() : outcome, test.citation(),
                test.attribute().suppliedBy()));
        return outcome;
    }

    private static String wording(String wording, boolean negated) {
        return negated ? "不属于:" + wording : wording;
    }

    private static Object actual(Rule.Test test, Facts facts) {
        String code = test.attribute().code();
        if (!test.attribute().yearly()) {
            return facts.value(code);
        }
        OptionalInt year = test.period().year(facts.asOf());
        if (year.isEmpty()) {
            year = facts.latestYear(code);
        }
        return year.isEmpty() ? null : facts.value(code, year.getAsInt());
    }

    @SuppressWarnings("unchecked")
    private static Outcome test(Rule.Test test, Object actual, LocalDate asOf) {
        if (test.operator() == org.jiqitong.rules.condition.Operator.EXISTS) {
            return actual != null ? Outcome.MET : Outcome.FAILED;
        }
        if (actual == null) {
            return Outcome.UNKNOWN;
        }
        boolean met = switch (test.operator()) {
            case EQ -> equal(test.values().get(0), actual, asOf);
            case IN -> test.values().stream().anyMatch(v -> equal(v, actual, asOf));
            case RANGE -> within(test, actual, asOf);
            case PREFIX -> test.values().stream().anyMatch(p -> ((String) actual).startsWith((String) p));
            case HAS -> test.values().stream().anyMatch(((Collection<String>) actual)::contains);
            case EXISTS, CEL -> true;
        };
        return met ? Outcome.MET : Outcome.FAILED;
    }

    private static boolean equal(Object literal, Object actual, LocalDate asOf) {
        if (literal instanceof DateBound d) {
            return d.resolve(asOf).equals(actual);
        }
        return literal.equals(actual);
    }

    private static boolean within(Rule.Test test, Object actual, LocalDate asOf) {
        if (actual instanceof LocalDate date) {
            return (test.min() == null || !date.isBefore(((DateBound) test.min()).resolve(asOf)))
                    && (test.max() == null || !date.isAfter(((DateBound) test.max()).resolve(asOf)));
        }
        long v = (Long) actual;
        return (test.min() == null || v >= (Long) test.min()) && (test.max() == null || v <= (Long) test.max());
    }

    private static String label(Rule.Test test) {
        return test.attribute().yearly() ? test.period().label() + test.attribute().label() : test.attribute().label();
    }

    /** The actual value as a person reads it: money in 元, codes with their names, 未知 when missing. */
    @SuppressWarnings("unchecked")
    static String format(Attribute attribute, Object value) {
        if (value == null) {
            return "未知";
        }
        String unit = attribute.unit() == null ? "" : attribute.unit();
        return switch (attribute.type()) {
            case MONEY -> yuan((Long) value);
            case INT -> value + unit;
            case DATE -> value.toString();
            case BOOL -> Boolean.TRUE.equals(value) ? "是" : "否";
            case CODE -> attribute.codes().describe((String) value);
            case CODE_SET -> ((Collection<String>) value).isEmpty() ? "无"
                    : ((Collection<String>) value).stream().sorted().map(attribute.codes()::describe)
                            .collect(Collectors.joining("、"));
        };
    }

    /** Fen as 元 ("20,000,000.00元"), as explanations show an amount. */
    static String yuan(long fen) {
        return Yuan.of(fen) + "元";
    }
}

package org.jiqitong.rules.eval;

import java.util.List;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.formula.Amount;
import org.jiqitong.rules.formula.Formula;

/** Runs an item's fixtures; an item whose fixtures fail must not be published. */
public final class Fixtures {

    /** One fixture's outcome, with the explanation (and amount) to show when it failed. */
    public record Result(Fixture fixture, Evaluation evaluation, Amount amount) {

        public boolean passed() {
            if (evaluation.verdict() != fixture.expected()) {
                return false;
            }
            return fixture.expectedAmountFen() == null
                    || (amount != null && fixture.expectedAmountFen().equals(amount.fen()));
        }

        /** Why it failed, in Chinese; empty when it passed. */
        public String failure() {
            if (passed()) {
                return "";
            }
            if (evaluation.verdict() != fixture.expected()) {
                return "测试用例\u201c" + fixture.name() + "\u201d期望“" + words(fixture.expected()) + "”,实际“"
                        + words(evaluation.verdict()) + "”";
            }
            return "测试用例\u201c" + fixture.name() + "\u201d期望金额 " + yuan(fixture.expectedAmountFen()) + " 元,实际 "
                    + (amount == null || amount.fen() == null ? "无法计算" : yuan(amount.fen()) + " 元");
        }
    }

    private Fixtures() {
    }

    /** A verdict as a person reads it (fixture failures, the officer's list of test cases). */
    public static String words(Verdict v) {
        return switch (v) {
            case ELIGIBLE -> "符合";
            case INELIGIBLE -> "不符合";
            case UNDETERMINED -> "无法判定(缺少数据)";
        };
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    public static List<Result> run(Rule rule, List<Fixture> fixtures) {
        return run(rule, null, fixtures);
    }

    public static List<Result> run(Rule rule, Formula formula, List<Fixture> fixtures) {
        return fixtures.stream().map(f -> {
            MapFacts facts = new MapFacts(f.asOf(), f.facts());
            return new Result(f, RowEvaluator.evaluate(rule, facts), formula == null ? null : formula.evaluate(facts));
        }).toList();
    }

    public static boolean allPass(List<Result> results) {
        return !results.isEmpty() && results.stream().allMatch(Result::passed);
    }
}

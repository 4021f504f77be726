package org.jiqitong.rules.eval;

import java.util.List;
import org.jiqitong.rules.condition.Rule;

/** Runs an item's fixtures; an item whose fixtures fail must not be published. */
public final class Fixtures {

    /** One fixture's outcome, with the explanation to show when it failed. */
    public record Result(Fixture fixture, Evaluation evaluation) {
        public boolean passed() {
            return evaluation.verdict() == fixture.expected();
        }
    }

    private Fixtures() {
    }

    public static List<Result> run(Rule rule, List<Fixture> fixtures) {
        return fixtures.stream()
                .map(f -> new Result(f, RowEvaluator.evaluate(rule, new MapFacts(f.asOf(), f.facts()))))
                .toList();
    }

    public static boolean allPass(List<Result> results) {
        return !results.isEmpty() && results.stream().allMatch(Result::passed);
    }
}

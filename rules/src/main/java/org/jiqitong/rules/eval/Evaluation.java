package org.jiqitong.rules.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A verdict with one explanation line per leaf, and the facts that were missing. */
public record Evaluation(Verdict verdict, List<Explanation> explanations) {

    public Evaluation {
        explanations = List.copyOf(explanations);
    }

    /** Labels of the facts whose absence left leaves unknown, each with who supplies it. */
    public Set<String> missing() {
        Set<String> missing = new LinkedHashSet<>();
        explanations.stream().filter(e -> e.outcome() == Outcome.UNKNOWN)
                .forEach(e -> missing.add(e.attribute() + (e.suppliedBy() == null ? "" : "(" + e.suppliedBy() + ")")));
        return missing;
    }
}

package org.jiqitong.rules.condition;

import java.util.List;
import java.util.stream.Collectors;

/** A condition tree that cannot be used, with every fault found and its path. */
public class ConditionException extends IllegalArgumentException {

    private final List<Problem> problems;

    public ConditionException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

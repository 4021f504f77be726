package org.jiqitong.rules.formula;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.Outcome;

/** A checked CEL condition (a {@code cel} leaf): met, failed, or unknown when a fact it reads is missing. */
public final class CelCondition {

    /** The outcome with the values the expression read, as the explanation shows them. */
    public record Result(Outcome outcome, String actual) {
    }

    private final String expression;
    private final CelRuntime.Program program;
    private final List<Variables.Variable> reads;

    CelCondition(String expression, CelRuntime.Program program, List<Variables.Variable> reads) {
        this.expression = expression;
        this.program = program;
        this.reads = List.copyOf(reads);
    }

    public String expression() {
        return expression;
    }

    public Result evaluate(Facts facts) {
        Map<String, Object> bindings = new HashMap<>();
        boolean missing = false;
        for (Variables.Variable v : reads) {
            Object value = Variables.value(v, facts);
            if (value == null) {
                missing = true;
            } else {
                bindings.put(v.name(), value);
            }
        }
        String actual = reads.stream().map(v -> v.label() + " " + (bindings.containsKey(v.name())
                ? bindings.get(v.name()) : "未知")).collect(Collectors.joining(","));
        if (missing) {
            return new Result(Outcome.UNKNOWN, actual);
        }
        try {
            return new Result(Boolean.TRUE.equals(program.eval(bindings)) ? Outcome.MET : Outcome.FAILED, actual);
        } catch (CelEvaluationException e) {
            return new Result(Outcome.UNKNOWN, actual + "(无法计算:" + e.getMessage() + ")");
        }
    }
}

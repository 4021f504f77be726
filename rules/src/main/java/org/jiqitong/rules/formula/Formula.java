package org.jiqitong.rules.formula;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.rules.eval.Facts;

/**
 * A checked amount formula: a CEL expression giving fen, and a cap in fen. The amount is the expression's
 * value, never below zero and never above the cap. A fact the expression reads that is unknown leaves the
 * amount unknown, naming the fact.
 */
public final class Formula {

    private final String expression;
    private final long capFen;
    private final CelRuntime.Program program;
    private final List<Variables.Variable> reads;

    Formula(String expression, long capFen, CelRuntime.Program program, List<Variables.Variable> reads) {
        this.expression = expression;
        this.capFen = capFen;
        this.program = program;
        this.reads = List.copyOf(reads);
    }

    public String expression() {
        return expression;
    }

    public long capFen() {
        return capFen;
    }

    public Amount evaluate(Facts facts) {
        Map<String, Object> bindings = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Variables.Variable v : reads) {
            Object value = Variables.value(v, facts);
            if (value == null) {
                missing.add(v.label() + (v.attribute().suppliedBy() == null ? "" : "(" + v.attribute().suppliedBy() + ")"));
            } else {
                bindings.put(v.name(), value);
            }
        }
        if (!missing.isEmpty()) {
            return Amount.unknown(missing);
        }
        long computed;
        try {
            computed = (Long) program.eval(bindings);
        } catch (CelEvaluationException e) {
            return Amount.failed("公式无法计算:" + e.getMessage());
        }
        long fen = Math.max(0, computed);
        return fen > capFen ? Amount.known(capFen, true) : Amount.known(fen, false);
    }
}

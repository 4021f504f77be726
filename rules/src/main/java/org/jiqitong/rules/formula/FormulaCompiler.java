package org.jiqitong.rules.formula;

import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiqitong.rules.catalogue.Catalogue;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Problem;

/**
 * Compiles amount formulas written in CEL against the catalogue: integer arithmetic in fen over the catalogue's
 * variables ({@link Variables}). A formula that does not type-check as an integer, reads an unknown name, or
 * has no positive cap is refused with its path and CEL's own reason.
 */
public final class FormulaCompiler {

    private static final Pattern IDENTIFIER = Pattern.compile("\\b[a-z][a-z0-9_]*\\b");

    private final Variables variables;
    private final CelCompiler compiler;
    private final CelCompiler conditions;
    private final CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    public FormulaCompiler(Catalogue catalogue) {
        this.variables = new Variables(catalogue);
        this.compiler = compiler(SimpleType.INT);
        this.conditions = compiler(SimpleType.BOOL);
    }

    private CelCompiler compiler(dev.cel.common.types.CelType result) {
        CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder().setResultType(result);
        variables.all().values().forEach(v -> builder.addVar(v.name(), v.type()));
        return builder.build();
    }

    /** The names a formula may use, for the officer's editor. */
    public List<String> variableNames() {
        return List.copyOf(variables.all().keySet());
    }

    /** A {@code cel} leaf: an expression over the same variables that gives true or false. */
    public CelCondition compileCondition(String expression, String path) {
        List<Problem> problems = new ArrayList<>();
        CelRuntime.Program program = program(conditions, expression, path + ".expr", problems);
        if (!problems.isEmpty()) {
            throw new ConditionException(problems);
        }
        return new CelCondition(expression, program, reads(expression));
    }

    public Formula compile(String expression, Long capFen, String path) {
        List<Problem> problems = new ArrayList<>();
        if (capFen == null || capFen <= 0) {
            problems.add(new Problem(path + ".cap", "须给出正的封顶金额(以分为单位的整数)"));
        }
        CelRuntime.Program program = program(compiler, expression, path + ".expr", problems);
        if (!problems.isEmpty()) {
            throw new ConditionException(problems);
        }
        return new Formula(expression, capFen, program, reads(expression));
    }

    private CelRuntime.Program program(CelCompiler celCompiler, String expression, String path, List<Problem> problems) {
        if (expression == null || expression.isBlank()) {
            problems.add(new Problem(path, "缺少表达式"));
            return null;
        }
        try {
            CelValidationResult result = celCompiler.compile(expression);
            return runtime.createProgram(result.getAst());
        } catch (CelValidationException e) {
            problems.add(new Problem(path, "表达式有误:" + e.getErrors().stream()
                    .map(i -> i.getMessage()).reduce((a, b) -> a + ";" + b).orElse(e.getMessage())));
        } catch (CelEvaluationException e) {
            problems.add(new Problem(path, "表达式无法执行:" + e.getMessage()));
        }
        return null;
    }

    private List<Variables.Variable> reads(String expression) {
        List<Variables.Variable> reads = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(expression.replaceAll("\"[^\"]*\"|'[^']*'", ""));
        while (m.find()) {
            Variables.Variable v = variables.all().get(m.group());
            if (v != null && !reads.contains(v)) {
                reads.add(v);
            }
        }
        return reads;
    }
}

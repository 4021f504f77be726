package org.jiqitong.bench.sweep;

import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiqitong.rules.condition.Rule;

/** Row-wise CEL: each item compiled to one CEL program, evaluated for one entity's activation after another. */
final class CelPeer {

    private final List<CelRuntime.Program> programs = new ArrayList<>();

    CelPeer(List<Rule> rules, LocalDate asOf) throws Exception {
        CelCompilerBuilder b = CelCompilerFactory.standardCelCompilerBuilder().setResultType(SimpleType.BOOL);
        for (String s : Peers.STRINGS) {
            b.addVar(s, SimpleType.STRING).addVar("k_" + s, SimpleType.BOOL);
        }
        for (String s : Peers.INTS) {
            b.addVar(s, SimpleType.INT).addVar("k_" + s, SimpleType.BOOL);
        }
        b.addVar("listed", SimpleType.BOOL);
        b.addVar("qualifications", ListType.create(SimpleType.STRING));
        b.addVar("credit_flags", ListType.create(SimpleType.STRING));
        CelCompiler compiler = b.build();
        CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder().build();
        Translator t = new Translator(Translator.CEL, asOf);
        for (Rule r : rules) {
            programs.add(runtime.createProgram(compiler.compile(t.met(r)).getAst()));
        }
    }

    /** Whether the entity whose activation this is meets item {@code item}. */
    boolean eligible(int item, Map<String, Object> activation) throws Exception {
        return Boolean.TRUE.equals(programs.get(item).eval(activation));
    }

    int items() {
        return programs.size();
    }
}

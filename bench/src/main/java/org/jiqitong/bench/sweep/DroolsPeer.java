package org.jiqitong.bench.sweep;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.rules.condition.Rule;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * Drools 10 with the same rules as DRL: one rule per item, one pattern on {@code Firm} whose constraint is the
 * item's condition under Kleene's meaning (see {@link Translator}); the consequence records the entity.
 */
final class DroolsPeer {

    private final KieBase base;

    DroolsPeer(List<Rule> rules, LocalDate asOf) {
        this.base = new KieHelper().addContent(drl(rules, asOf), ResourceType.DRL).build();
    }

    static String drl(List<Rule> rules, LocalDate asOf) {
        Translator t = new Translator(Translator.DRL, asOf);
        StringBuilder drl = new StringBuilder("package org.jiqitong.bench.sweep.drl;\n")
                .append("import org.jiqitong.bench.sweep.Firm;\n")
                .append("global org.jiqitong.bench.sweep.Hits hits;\n\n");
        for (int i = 0; i < rules.size(); i++) {
            drl.append("rule \"item-").append(i).append("\"\nwhen\n    $f : Firm( ").append(t.met(rules.get(i)))
                    .append(" )\nthen\n    hits.add(").append(i).append(", $f.getId());\nend\n\n");
        }
        return drl.toString();
    }

    KieSession session(Hits hits) {
        KieSession session = base.newKieSession();
        session.setGlobal("hits", hits);
        return session;
    }
}

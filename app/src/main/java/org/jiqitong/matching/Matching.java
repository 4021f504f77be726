package org.jiqitong.matching;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.RowEvaluator;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.rules.formula.Amount;
import org.jiqitong.shared.Uscc;
import org.springframework.stereotype.Service;

/**
 * Evaluates every published item: for an entity of the registry (我的政策) or for facts a visitor gave (the
 * calculator). Eligible items first, by amount and then by deadline; then undetermined ones; then the rest.
 */
@Service
public class Matching {

    private static final Comparator<ItemMatch> ORDER = Comparator
            .comparing((ItemMatch m) -> m.verdict() == Verdict.ELIGIBLE ? 0 : m.verdict() == Verdict.UNDETERMINED ? 1 : 2)
            .thenComparing(m -> m.amountFen() == null ? 0L : -m.amountFen())
            .thenComparing(m -> m.deadline() == null ? LocalDate.MAX : m.deadline())
            .thenComparing(ItemMatch::itemId);

    private final Policies policies;
    private final Registry registry;

    Matching(Policies policies, Registry registry) {
        this.policies = policies;
        this.registry = registry;
    }

    /** 我的政策: every published item for one entity of the registry, as of {@code asOf}. */
    public Optional<List<ItemMatch>> forEntity(Uscc uscc, LocalDate asOf) {
        return registry.facts(uscc, asOf).map(this::evaluate);
    }

    /** The calculator: every published item for the facts a visitor gave. */
    public List<ItemMatch> evaluate(Facts facts) {
        return policies.publishedCompiled().stream().map(item -> match(item, facts)).sorted(ORDER).toList();
    }

    private static ItemMatch match(CompiledItem item, Facts facts) {
        Evaluation evaluation = RowEvaluator.evaluate(item.rule(), facts);
        Amount amount = item.formula() == null || evaluation.verdict() == Verdict.INELIGIBLE ? null
                : item.formula().evaluate(facts);
        var v = item.view();
        var c = v.content();
        return new ItemMatch(v.itemId(), v.versionId(), v.version(), c.name(), c.benefitType(), v.departmentCode(),
                evaluation.verdict(), amount == null ? null : amount.fen(), c.amountIllustrative(),
                amount != null && amount.capped(), evaluation.explanations(), evaluation.missing(), c.windowTo(),
                c.noApplication());
    }
}

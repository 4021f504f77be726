package org.jiqitong.policy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Problem;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.eval.Fixture;
import org.jiqitong.rules.eval.FixtureJson;
import org.jiqitong.rules.eval.Fixtures;
import org.jiqitong.rules.formula.Formula;
import org.jiqitong.rules.formula.FormulaCompiler;
import org.springframework.stereotype.Component;

/**
 * What must hold before a version goes to review: a valid condition tree and formula, fixtures that all pass,
 * a contact, a sensible window, and for documents issued from 2022-01-01 a stated 免申即享 flag
 * (十条措施 一). Every problem is reported with its path.
 */
@Component
class ItemChecks {

    static final LocalDate NO_APPLICATION_REQUIRED_FROM = LocalDate.of(2022, 1, 1);

    /** Benefit types that pay money: an item of one has a cap (with a formula, or assessed up to it). */
    static final java.util.Set<BenefitType> MONETARY = java.util.EnumSet.of(BenefitType.SUBSIDY, BenefitType.AWARD,
            BenefitType.LOAN_INTEREST);

    /**
     * Built at the first check, not at start: each holds CEL environments, and building them (with CEL's ~1,000
     * classes) was 0.6 s of the main thread's start on a slow day, before the platform could say UP (issue 12).
     */
    private static final class Checkers { // a holder: built when first touched (the JVM's lazy class initialisation)
        static final ConditionChecker CONDITIONS = new ConditionChecker(RegistryCatalogue.CATALOGUE);
        static final FormulaCompiler FORMULAS = new FormulaCompiler(RegistryCatalogue.CATALOGUE);
    }

    /** The checked rule and formula of a content, or every reason why not. */
    record Checked(Rule rule, Formula formula, List<Fixture> fixtures) {
    }

    Checked compile(ItemContent c) {
        List<Problem> problems = new ArrayList<>();
        Rule rule = null;
        Formula formula = null;
        List<Fixture> fixtures = List.of();
        if (c.conditions() != null) {
            try {
                rule = Checkers.CONDITIONS.check(c.conditions());
            } catch (ConditionException e) {
                problems.addAll(e.problems());
            }
        }
        if (c.formula() == null && c.capFen() != null && c.capFen() <= 0) {
            problems.add(new Problem("formula.cap", "封顶金额应为正的整数(分)"));
        }
        if (c.formula() != null) {
            try {
                formula = Checkers.FORMULAS.compile(c.formula(), c.capFen(), "formula");
            } catch (ConditionException e) {
                problems.addAll(e.problems());
            }
        }
        try {
            fixtures = FixtureJson.read(c.fixtures(), RegistryCatalogue.CATALOGUE);
        } catch (ConditionException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new ConditionException(problems);
        }
        return new Checked(rule, formula, fixtures);
    }

    /** Every reason the version may not go to review; empty when it may. */
    List<String> forReview(ItemContent c, LocalDate documentIssuedOn) {
        List<String> reasons = new ArrayList<>();
        try {
            Checked checked = compile(c);
            if (checked.rule() == null) {
                reasons.add("conditions: 须设置申请条件");
            }
            if (checked.fixtures().isEmpty()) {
                reasons.add("fixtures: 至少需要一个测试用例");
            }
            if (checked.rule() != null) {
                Fixtures.run(checked.rule(), checked.formula(), checked.fixtures()).stream()
                        .filter(r -> !r.passed()).forEach(r -> reasons.add("fixtures: " + r.failure()));
            }
        } catch (ConditionException e) {
            e.problems().forEach(p -> reasons.add(p.toString()));
        }
        if (!documentIssuedOn.isBefore(NO_APPLICATION_REQUIRED_FROM) && c.noApplication() == null) {
            reasons.add("noApplication: 2022年1月1日起印发的政策须明确是否免申即享");
        }
        if (MONETARY.contains(c.benefitType()) && c.capFen() == null) {
            reasons.add("formula: " + c.benefitType().labelZh()
                    + "类政策须给出金额:计算公式及封顶金额,或按实核定的封顶金额;不涉及资金的请选择其他类型");
        }
        if (blank(c.contactPerson()) || blank(c.contactPhone())) {
            reasons.add("contact: 须注明负责人及联系方式");
        }
        if (c.windowFrom() != null && c.windowTo() != null && c.windowTo().isBefore(c.windowFrom())) {
            reasons.add("window: 申报截止日早于开始日");
        }
        return reasons;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jiqitong.IntegrationTest;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Explanation;
import org.jiqitong.rules.eval.RowEvaluator;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry's data through the rule engine: real entities, real code lists, Chinese explanations. */
class RegistryFactsIntegrationTest extends IntegrationTest {

    private static final LocalDate DAY = org.jiqitong.TestClock.TODAY;
    private static final String CITE = "\"cite\":{\"doc\":\"济政发〔2021〕10号\",\"clause\":\"第五条\"}";
    /** An SME manufacturer, high-tech, with at least 2000万元 revenue last year. */
    private static final String RULE = "{\"all\":["
            + "{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C\"],\"wording\":\"属于制造业\"," + CITE + "},"
            + "{\"attr\":\"size_class\",\"op\":\"in\",\"values\":[\"MEDIUM\",\"SMALL\",\"MICRO\"],\"wording\":\"中小微企业\"," + CITE + "},"
            + "{\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"HIGH_TECH\"],\"wording\":\"有效期内的高新技术企业\"," + CITE + "},"
            + "{\"attr\":\"revenue\",\"period\":\"last\",\"op\":\"range\",\"min\":2000000000,"
            + "\"wording\":\"上一年度营业收入不低于2000万元\"," + CITE + "}]}";

    @Autowired
    Registry registry;

    private final Rule rule = new ConditionChecker(RegistryCatalogue.CATALOGUE).check(RULE);

    private Evaluation evaluate(int enterprise, LocalDate day) {
        var facts = registry.facts(Uscc.parse(DemoRegistry.ENTERPRISE_USCCS.get(enterprise)), day).orElseThrow();
        return RowEvaluator.evaluate(rule, facts);
    }

    @Test
    void aQualifyingEnterpriseIsEligibleAndEveryLineSaysWhy() {
        Evaluation e = evaluate(0, DAY);
        assertThat(e.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(e.explanations()).extracting(Explanation::text).containsExactly(
                "属于制造业 — 实际 C3911 计算机、通信和其他电子设备制造业,满足(济政发〔2021〕10号 第五条)",
                "中小微企业 — 实际 中型,满足(济政发〔2021〕10号 第五条)",
                "有效期内的高新技术企业 — 实际 高新技术企业、专精特新中小企业,满足(济政发〔2021〕10号 第五条)",
                "上一年度营业收入不低于2000万元 — 实际 280,000,000.00元,满足(济政发〔2021〕10号 第五条)");
    }

    @Test
    void qualificationsCountOnlyWithinTheirValidity() {
        // five years before the demo's day neither of ent1's high-tech certificates (issued about 4 years 2 months
        // and 14 months before it) was valid yet
        Evaluation e = evaluate(0, DAY.minusYears(5));
        assertThat(e.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(e.explanations().get(2).actual()).isEqualTo("无");
    }

    @Test
    void aMissingFigureIsUndeterminedNeverAGuess() {
        Evaluation e = evaluate(2, DAY); // a retail shop: fails the industry, and its size and revenue are unknown
        assertThat(e.verdict()).isEqualTo(Verdict.INELIGIBLE);
        Rule revenueOnly = new ConditionChecker(RegistryCatalogue.CATALOGUE).check(
                "{\"attr\":\"revenue\",\"period\":\"last\",\"op\":\"range\",\"min\":1000000,\"wording\":\"上一年度营业收入不低于1万元\"," + CITE + "}");
        Evaluation unknown = RowEvaluator.evaluate(revenueOnly,
                registry.facts(Uscc.parse(DemoRegistry.ENTERPRISE_USCCS.get(2)), DAY).orElseThrow());
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(unknown.missing()).containsExactly("上一年度营业收入(市统计局)");
    }

    @Test
    void conditionsAreCheckedAgainstTheRegistrysCodeLists() {
        assertThatThrownBy(() -> new ConditionChecker(RegistryCatalogue.CATALOGUE).check(
                "{\"all\":[{\"attr\":\"district\",\"op\":\"in\",\"values\":[\"370102\"],\"wording\":\"历下区\"," + CITE + "},"
                        + "{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C99X\"],\"wording\":\"行业\"," + CITE + "}]}"))
                .isInstanceOf(ConditionException.class)
                .hasMessage("conditions.all[1].values[0]: \u201cC99X\u201d不是GB/T 4754-2017行业代码:应为门类字母加2至4位数字,如C3911");
    }
}

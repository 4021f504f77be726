package org.jiqitong.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.jiqitong.rules.TestCatalogue;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.ConditionJson;
import org.jiqitong.rules.condition.Problem;
import org.jiqitong.rules.condition.Rule;
import org.junit.jupiter.api.Test;

class CelLeafTest {

    private static final ConditionChecker CHECKER = new ConditionChecker(TestCatalogue.CATALOGUE);
    private static final String CITE = "\"cite\":{\"doc\":\"济政发〔2021〕10号\",\"clause\":\"第四条\"}";
    /** 营业收入人均不低于50万元 — a ratio the tree's operators cannot say. */
    private static final String PER_HEAD = "{\"op\":\"cel\",\"expr\":\"revenue_last >= employees_last * 50000000\","
            + "\"wording\":\"上一年度人均营业收入不低于50万元\"," + CITE + "}";

    private static Verdict verdict(Map<String, Object> facts) {
        Rule rule = CHECKER.check(PER_HEAD);
        return RowEvaluator.evaluate(rule, new MapFacts(LocalDate.of(2026, 11, 27), facts)).verdict();
    }

    @Test
    void aCelLeafIsMetFailedOrUnknownLikeAnyOther() {
        assertThat(verdict(Map.of("revenue@2025", 1_000_000_000L, "employees@2025", 20L))).isEqualTo(Verdict.ELIGIBLE);
        assertThat(verdict(Map.of("revenue@2025", 999_999_999L, "employees@2025", 20L))).isEqualTo(Verdict.INELIGIBLE);
        assertThat(verdict(Map.of("revenue@2025", 1_000_000_000L))).isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void itsExplanationShowsTheValuesItRead() {
        Rule rule = CHECKER.check(PER_HEAD);
        Evaluation e = RowEvaluator.evaluate(rule, new MapFacts(LocalDate.of(2026, 11, 27), Map.of("employees@2025", 20L)));
        assertThat(e.explanations().get(0).actual()).isEqualTo("上一年度营业收入 未知,上一年度从业人员 20");
    }

    @Test
    void aBadExpressionIsRefusedWithItsPath() {
        String json = "{\"all\":[" + PER_HEAD + ",{\"op\":\"cel\",\"expr\":\"revenue_last + 1\",\"wording\":\"错误\"," + CITE + "}]}";
        assertThatThrownBy(() -> CHECKER.check(json)).isInstanceOf(ConditionException.class)
                .satisfies(ex -> assertThat(((ConditionException) ex).problems()).extracting(Problem::path)
                        .containsExactly("conditions.all[1].expr"));
    }

    @Test
    void roundTripsThroughJson() {
        assertThat(ConditionJson.read(ConditionJson.write(ConditionJson.read(PER_HEAD)))).isEqualTo(ConditionJson.read(PER_HEAD));
    }
}

package org.jiqitong.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiqitong.rules.TestCatalogue;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.condition.RuleText;
import org.junit.jupiter.api.Test;

class FixturesTest {

    private static final String CITE = "\"cite\":{\"doc\":\"济政发〔2021〕10号\",\"clause\":\"第五条\"}";
    private static final Rule SPECIALISED_MANUFACTURER = new ConditionChecker(TestCatalogue.CATALOGUE).check(
            "{\"all\":[{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C\"],\"wording\":\"属于制造业\"," + CITE + "},"
            + "{\"any\":[{\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"SPECIALISED\"],"
            + "\"wording\":\"认定为专精特新中小企业\"," + CITE + "},"
            + "{\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"HIGH_TECH\"],\"wording\":\"认定为高新技术企业\"," + CITE + "}]},"
            + "{\"not\":{\"attr\":\"listed\",\"op\":\"eq\",\"value\":true,\"wording\":\"已上市或挂牌\"," + CITE + "}}]}");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void passingFixturesLetAnItemBePublishedAndAFailingOneDoesNot() {
        Fixture eligible = new Fixture("专精特新制造业企业", DAY,
                Map.of("industry", "C3911", "qualifications", Set.of("SPECIALISED"), "listed", false), Verdict.ELIGIBLE);
        Fixture listed = new Fixture("已上市企业不适用", DAY,
                Map.of("industry", "C3911", "qualifications", Set.of("HIGH_TECH"), "listed", true), Verdict.INELIGIBLE);
        Fixture unknown = new Fixture("上市情况未知", DAY,
                Map.of("industry", "C3911", "qualifications", Set.of("HIGH_TECH")), Verdict.UNDETERMINED);
        assertThat(Fixtures.allPass(Fixtures.run(SPECIALISED_MANUFACTURER, List.of(eligible, listed, unknown)))).isTrue();

        Fixture wrong = new Fixture("写错的期望", DAY,
                Map.of("industry", "I6513", "qualifications", Set.of("HIGH_TECH"), "listed", false), Verdict.ELIGIBLE);
        List<Fixtures.Result> results = Fixtures.run(SPECIALISED_MANUFACTURER, List.of(eligible, wrong));
        assertThat(Fixtures.allPass(results)).isFalse();
        assertThat(results.get(1).evaluation().explanations().get(0).text()).contains("属于制造业", "不满足");
        assertThat(Fixtures.allPass(List.of())).as("an item without fixtures is not tested").isFalse();
    }

    @Test
    void rendersTheWholeRuleInChinese() {
        assertThat(RuleText.render(SPECIALISED_MANUFACTURER)).isEqualTo("""
                同时满足以下全部条件:
                  1. 属于制造业(济政发〔2021〕10号 第五条)
                  2. 满足以下任一条件:
                    1. 认定为专精特新中小企业(济政发〔2021〕10号 第五条)
                    2. 认定为高新技术企业(济政发〔2021〕10号 第五条)
                  3. 不属于以下情形:
                    已上市或挂牌(济政发〔2021〕10号 第五条)""");
    }
}

package org.jiqitong.rules.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiqitong.rules.TestCatalogue;
import org.junit.jupiter.api.Test;

class ConditionCheckerTest {

    private final ConditionChecker checker = new ConditionChecker(TestCatalogue.CATALOGUE);

    private static final String CITE = "\"cite\":{\"doc\":\"济政发〔2021〕10号\",\"clause\":\"第五条\"}";

    private static String leaf(String body) {
        return "{" + body + ",\"wording\":\"条件\"," + CITE + "}";
    }

    private java.util.List<Problem> problems(String json) {
        try {
            checker.check(json);
        } catch (ConditionException e) {
            return e.problems();
        }
        throw new AssertionError("expected the condition to be refused: " + json);
    }

    @Test
    void acceptsAWellFormedTreeAndTypesItsLiterals() {
        Rule rule = checker.check("{\"all\":[" + leaf("\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C\",\"I65\"]")
                + "," + leaf("\"attr\":\"revenue\",\"period\":\"last\",\"op\":\"range\",\"min\":2000000000")
                + "," + leaf("\"attr\":\"established_on\",\"op\":\"range\",\"min\":\"-3y\"")
                + ",{\"not\":" + leaf("\"attr\":\"listed\",\"op\":\"eq\",\"value\":true") + "}]}");
        Rule.All all = (Rule.All) rule;
        assertThat(all.rules()).hasSize(4);
        Rule.Test revenue = (Rule.Test) all.rules().get(1);
        assertThat(revenue.min()).isEqualTo(2_000_000_000L);
        assertThat(revenue.period()).isEqualTo(Period.LAST);
        assertThat(((Rule.Test) all.rules().get(2)).min()).isInstanceOf(DateBound.class);
    }

    @Test
    void namesThePathAndReasonOfABadCode() {
        assertThat(problems("{\"all\":[" + leaf("\"attr\":\"district\",\"op\":\"in\",\"values\":[\"370102\"]") + ","
                + leaf("\"attr\":\"listed\",\"op\":\"eq\",\"value\":false") + ","
                + leaf("\"attr\":\"industry\",\"op\":\"eq\",\"values\":[\"C99X\"]") + "]}"))
                .containsExactly(new Problem("conditions.all[2].values[0]", "\u201cC99X\u201d不是GB/T 4754-2017行业代码"));
    }

    @Test
    void reportsEveryFaultOfATreeAtOnce() {
        assertThat(problems("{\"any\":[" + leaf("\"attr\":\"emploees\",\"op\":\"eq\",\"value\":1") + ","
                + leaf("\"attr\":\"employees\",\"op\":\"range\",\"min\":10") + ","
                + leaf("\"attr\":\"industry\",\"op\":\"range\",\"min\":1") + ","
                + leaf("\"attr\":\"revenue\",\"period\":\"last\",\"op\":\"range\",\"min\":\"很多\"") + ","
                + leaf("\"attr\":\"employees\",\"period\":\"2024\",\"op\":\"range\",\"min\":300,\"max\":10") + ","
                + leaf("\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"GOLD\"]") + "]}"))
                .extracting(Problem::path).containsExactly("conditions.any[0].attr", "conditions.any[1].period",
                        "conditions.any[2].op", "conditions.any[3].min", "conditions.any[4].max",
                        "conditions.any[5].values[0]");
    }

    @Test
    void refusesMalformedJsonWithThePath() {
        assertThat(problems("{\"all\":[{\"attr\":\"listed\",\"op\":\"is\",\"value\":true,\"wording\":\"x\"}]}"))
                .extracting(Problem::path).containsExactly("conditions.all[0].op", "conditions.all[0].cite");
        assertThat(problems("{\"all\":[]}")).extracting(Problem::path).containsExactly("conditions.all");
        assertThat(problems("{\"all\":[" + leaf("\"attr\":\"listed\",\"op\":\"eq\",\"value\":true,\"colour\":1") + "]}"))
                .extracting(Problem::path).containsExactly("conditions.all[0].colour");
        assertThat(problems("{not json")).extracting(Problem::path).containsExactly("conditions");
    }

    @Test
    void operatorsNeedTheirValues() {
        assertThat(problems(leaf("\"attr\":\"district\",\"op\":\"in\",\"values\":[]"))).extracting(Problem::message)
                .containsExactly("in 需要至少一个值");
        assertThat(problems(leaf("\"attr\":\"listed\",\"op\":\"exists\",\"value\":true"))).extracting(Problem::message)
                .containsExactly("exists 不带值");
    }

    @Test
    void theStoredJsonReadsBackToTheSameTree() {
        String json = "{\"all\":[" + leaf("\"attr\":\"employees\",\"period\":\"last\",\"op\":\"range\",\"min\":10,\"max\":299")
                + ",{\"any\":[" + leaf("\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"HIGH_TECH\"]") + ","
                + leaf("\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C39\"]") + "]}]}";
        Condition tree = ConditionJson.read(json);
        assertThat(ConditionJson.read(ConditionJson.write(tree))).isEqualTo(tree);
    }
}

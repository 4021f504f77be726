package org.jiqitong.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jiqitong.rules.TestCatalogue;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowEvaluatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final ConditionChecker CHECKER = new ConditionChecker(TestCatalogue.CATALOGUE);
    private static final String CITE = "\"cite\":{\"doc\":\"济政发〔2021〕10号\",\"clause\":\"第五条\"}";

    private static String leaf(String body, String wording) {
        return "{" + body + ",\"wording\":\"" + wording + "\"," + CITE + "}";
    }

    /** 上一年度从业人员 ≥ 20 — met at 20, failed at 19, unknown when missing. */
    private static final String EMPLOYEES = leaf("\"attr\":\"employees\",\"period\":\"last\",\"op\":\"range\",\"min\":20",
            "上一年度从业人员不少于20人");
    private static final String HIGH_TECH = leaf("\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"HIGH_TECH\"]",
            "高新技术企业");

    private static Evaluation evaluate(String json, Map<String, Object> facts) {
        Rule rule = CHECKER.check(json);
        return RowEvaluator.evaluate(rule, new MapFacts(AS_OF, facts));
    }

    private static Map<String, Object> facts(Long employees2025, Set<String> qualifications) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("employees@2025", employees2025);
        facts.put("qualifications", qualifications);
        return facts;
    }

    @ParameterizedTest(name = "all/any/not with employees {0}, qualifications {1}")
    @CsvSource(nullValues = "null", value = {
        // employees, high-tech?, all, any, not(employees)
        "25, true,  ELIGIBLE,     ELIGIBLE,     INELIGIBLE",
        "25, false, INELIGIBLE,   ELIGIBLE,     INELIGIBLE",
        "19, true,  INELIGIBLE,   ELIGIBLE,     ELIGIBLE",
        "19, false, INELIGIBLE,   INELIGIBLE,   ELIGIBLE",
        "null, true,  UNDETERMINED, ELIGIBLE,   UNDETERMINED",
        "null, false, INELIGIBLE,   UNDETERMINED, UNDETERMINED"})
    void followsKleenesThreeValuedLogic(Long employees, boolean highTech, Verdict all, Verdict any, Verdict not) {
        Map<String, Object> f = facts(employees, highTech ? Set.of("HIGH_TECH") : Set.of());
        assertThat(evaluate("{\"all\":[" + EMPLOYEES + "," + HIGH_TECH + "]}", f).verdict()).isEqualTo(all);
        assertThat(evaluate("{\"any\":[" + EMPLOYEES + "," + HIGH_TECH + "]}", f).verdict()).isEqualTo(any);
        assertThat(evaluate("{\"not\":" + EMPLOYEES + "}", f).verdict()).isEqualTo(not);
    }

    @Test
    void explainsEveryLeafWithTheActualValueAndTheCitation() {
        Map<String, Object> f = facts(25L, Set.of("HIGH_TECH", "SPECIALISED"));
        Evaluation e = evaluate("{\"all\":[" + EMPLOYEES + "," + HIGH_TECH + "]}", f);
        assertThat(e.explanations()).extracting(Explanation::text).containsExactly(
                "上一年度从业人员不少于20人 — 实际 25人,满足(济政发〔2021〕10号 第五条)",
                "高新技术企业 — 实际 高新技术企业、专精特新中小企业,满足(济政发〔2021〕10号 第五条)"); // codes in code order
    }

    @Test
    void underANegationTheLineReadsFromTheRulesSide() {
        Evaluation e = evaluate("{\"not\":" + HIGH_TECH + "}", facts(25L, Set.of()));
        assertThat(e.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(e.explanations()).extracting(Explanation::text)
                .containsExactly("不属于:高新技术企业 — 实际 无,满足(济政发〔2021〕10号 第五条)");
    }

    @Test
    void aMissingFactGivesUndeterminedAndNamesWhoSuppliesIt() {
        Evaluation e = evaluate("{\"all\":[" + EMPLOYEES + "," + HIGH_TECH + "]}", facts(null, Set.of("HIGH_TECH")));
        assertThat(e.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(e.missing()).containsExactly("上一年度从业人员(市统计局)");
        assertThat(e.explanations().get(0).actual()).isEqualTo("未知");
    }

    @Test
    void lastMeansTheYearBeforeTheDayOfEvaluationNotTheLatestKnown() {
        Map<String, Object> f = new HashMap<>();
        f.put("employees@2026", 500L); // not a closed year yet on 2026-11-27
        f.put("qualifications", Set.of());
        assertThat(evaluate(EMPLOYEES, f).verdict()).isEqualTo(Verdict.UNDETERMINED);
        String latest = EMPLOYEES.replace("\"last\"", "\"latest\"");
        assertThat(evaluate(latest, f).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }

    @Test
    void moneyIsComparedInFenAndShownInYuan() {
        String rule = leaf("\"attr\":\"revenue\",\"period\":\"2025\",\"op\":\"range\",\"min\":2000000000",
                "2025年营业收入不低于2000万元");
        Evaluation below = evaluate(rule, Map.of("revenue@2025", 1_999_999_999L));
        Evaluation at = evaluate(rule, Map.of("revenue@2025", 2_000_000_000L));
        assertThat(below.verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(at.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(at.explanations().get(0).actual()).isEqualTo("20,000,000.00元");
    }

    @ParameterizedTest
    @CsvSource({"0, 0.00元", "5, 0.05元", "-5, -0.05元", "99, 0.99元", "100, 1.00元", "123456, '1,234.56元'",
            "100000000, '1,000,000.00元'", "-2000000000, '-20,000,000.00元'",
            "9223372036854775807, '92,233,720,368,547,758.07元'",
            "-9223372036854775808, '-92,233,720,368,547,758.08元'"})
    void yuanIsWrittenAsAPersonReadsIt(long fen, String shown) {
        assertThat(RowEvaluator.yuan(fen)).isEqualTo(shown);
    }

    @Test
    void yuanWritesWhatDecimalFormatWrote() {
        var format = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        var random = new java.util.Random(12);
        for (int i = 0; i < 100_000; i++) {
            long fen = switch (i % 3) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt();
                default -> random.nextInt(2_000_000) - 1_000_000;
            };
            assertThat(RowEvaluator.yuan(fen)).isEqualTo(format.format(java.math.BigDecimal.valueOf(fen, 2)) + "元");
        }
    }

    @Test
    void relativeDatesCountFromTheDayOfEvaluation() {
        String young = leaf("\"attr\":\"established_on\",\"op\":\"range\",\"min\":\"-3y\"", "成立未满三年");
        assertThat(evaluate(young, Map.of("established_on", LocalDate.of(2023, 11, 27))).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(evaluate(young, Map.of("established_on", LocalDate.of(2023, 11, 26))).verdict()).isEqualTo(Verdict.INELIGIBLE);
    }

    @Test
    void prefixesMatchBranchesOfHierarchicalCodes() {
        String manufacturingOrSoftware = leaf("\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C\",\"I65\"]", "制造业或软件业");
        assertThat(evaluate(manufacturingOrSoftware, Map.of("industry", "C3911")).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(evaluate(manufacturingOrSoftware, Map.of("industry", "I6513")).verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(evaluate(manufacturingOrSoftware, Map.of("industry", "I6420")).verdict()).isEqualTo(Verdict.INELIGIBLE);
    }

    @Test
    void existsIsNeverUnknown() {
        String hasRevenue = leaf("\"attr\":\"revenue\",\"period\":\"last\",\"op\":\"exists\"", "已报送上一年度营业收入");
        assertThat(evaluate(hasRevenue, Map.of()).verdict()).isEqualTo(Verdict.INELIGIBLE);
        assertThat(evaluate(hasRevenue, Map.of("revenue@2025", 0L)).verdict()).isEqualTo(Verdict.ELIGIBLE);
    }
}

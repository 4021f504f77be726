package org.jiqitong.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The SME reservation at and around its bounds: 200 万, 400 万, 30 %, 60 % and the procurement threshold. */
class ProcurementCheckTest {

    /** The threshold of these cases: 100 万元. */
    private static final long THRESHOLD = 100_000_000L;

    @ParameterizedTest(name = "{0} budget {1} fen, reserved {2}, of which small/micro {3} → {4}")
    @CsvSource({
        // goods and services: in full up to 200 万 (the bound included)
        "GOODS,    199999999, 199999999, 0,         PASS",
        "GOODS,    200000000, 200000000, 0,         PASS",
        "GOODS,    200000000, 199999999, 199999999, FAIL",
        "SERVICES, 200000000, 200000000, 0,         PASS",
        "SERVICES, 200000000, 60000000,  60000000,  FAIL",
        // just above 200 万: 30 % and 60 % rule, met exactly at 30 % and 60 %
        "GOODS,    200000001, 60000001,  36000001,  PASS",
        "GOODS,    300000000, 90000000,  54000000,  PASS",
        "GOODS,    300000000, 89999999,  89999999,  FAIL",
        "GOODS,    300000000, 90000000,  53999999,  FAIL",
        "SERVICES, 1000000000, 300000000, 180000000, PASS",
        "SERVICES, 1000000000, 299999999, 299999999, FAIL",
        // works: in full up to 400 万
        "WORKS,    400000000, 400000000, 0,         PASS",
        "WORKS,    400000000, 120000000, 120000000, FAIL",
        "WORKS,    399999999, 399999999, 0,         PASS",
        "WORKS,    400000001, 120000001, 72000001,  PASS",
        "WORKS,    400000001, 120000000, 120000000, FAIL",
        // the threshold: at it in scope, below it out of scope
        "GOODS,    100000000, 100000000, 0,         PASS",
        "GOODS,    100000000, 0,         0,         FAIL",
        "GOODS,    99999999,  0,         0,         OUT_OF_SCOPE",
        "WORKS,    99999999,  0,         0,         OUT_OF_SCOPE",
    })
    void aSuitableLineIsCheckedAgainstItsBound(ProcurementCategory category, long budget, long reserved, long smallMicro,
            ProcurementVerdict expected) {
        var r = ProcurementCheck.check(new ProcurementLine("L1", category, budget, true, reserved, smallMicro), THRESHOLD);
        assertThat(r.verdict()).as(String.join(";", r.reasons())).isEqualTo(expected);
        assertThat(r.reasons()).isNotEmpty();
    }

    @Test
    void aLineNotSuitableForSmesIsOutOfScopeWhateverItsFigures() {
        var r = ProcurementCheck.check(new ProcurementLine("L2", ProcurementCategory.GOODS, 500_000_000L, false, 0, 0), THRESHOLD);
        assertThat(r.verdict()).isEqualTo(ProcurementVerdict.OUT_OF_SCOPE);
        assertThat(r.reasons()).containsExactly("不适宜由中小企业提供,不在预留范围");
    }

    @Test
    void theReasonsNameTheRuleAndTheNumbers() {
        var r = ProcurementCheck.check(new ProcurementLine("L3", ProcurementCategory.GOODS, 300_000_000L, true, 89_999_999L,
                53_999_999L), THRESHOLD);
        assertThat(r.reasons()).containsExactly(
                "不满足:预算 3,000,000.00 元,超过 200 万元,应预留30%以上给中小企业;已预留 899,999.99 元(29.99%)",
                "不满足:预留部分中给小微企业的比例应不低于60%;已预留给小微企业 539,999.99 元(59.99%)");
    }

    @Test
    void aLineThatCannotBeCheckedIsRefusedWithItsId() {
        assertThatThrownBy(() -> ProcurementCheck.check(new ProcurementLine("A-7", ProcurementCategory.GOODS, 100, true, 101, 0),
                THRESHOLD)).hasMessage("第“A-7”行:预留金额 1.01 元超过预算 1.00 元");
        assertThatThrownBy(() -> ProcurementCheck.check(new ProcurementLine("A-8", ProcurementCategory.GOODS, 100, true, 50, 60),
                THRESHOLD)).hasMessageContaining("超过预留金额");
        assertThatThrownBy(() -> ProcurementCheck.check(new ProcurementLine("A-9", null, 100, true, 50, 0), THRESHOLD))
                .hasMessageContaining("缺少采购类别");
        assertThatThrownBy(() -> ProcurementCheck.check(new ProcurementLine("A-10", ProcurementCategory.WORKS, -1, true, 0, 0),
                THRESHOLD)).hasMessageContaining("不能为负数");
    }
}

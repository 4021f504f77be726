package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A checker's path said in words, the path kept as the detail. */
class ProblemWordsTest {

    @Test
    void pathsBecomeWordsAndStayAsTheDetail() {
        ProblemWords.Shown leaf = ProblemWords.of("conditions.all[2].any[0].values[1]: “X”不是可选的值");
        assertThat(leaf.text()).isEqualTo("申请条件 · 第3项 · 第1项 · 取值第2个:“X”不是可选的值");
        assertThat(leaf.path()).isEqualTo("conditions.all[2].any[0].values[1]");
        assertThat(ProblemWords.of("fixtures[1].facts.revenue@2025: 应为整数").text())
                .isEqualTo("第2个测试用例 · 情况 · 2025年营业收入:应为整数");
        assertThat(ProblemWords.of("facts.employees: 应为不小于0的整数").text()).isEqualTo("从业人员:应为不小于0的整数");
        assertThat(ProblemWords.of("formula.cap: 须给出正的封顶金额").text()).isEqualTo("金额公式 · 封顶金额:须给出正的封顶金额");
        assertThat(ProblemWords.of("请选择属性")).isEqualTo(new ProblemWords.Shown("请选择属性", null));
    }
}

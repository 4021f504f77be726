package org.jiqitong.rules.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jiqitong.rules.TestCatalogue;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Problem;
import org.jiqitong.rules.eval.MapFacts;
import org.junit.jupiter.api.Test;

class FormulaTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final FormulaCompiler COMPILER = new FormulaCompiler(TestCatalogue.CATALOGUE);
    private static final long WAN = 1_000_000L; // fen in 1万元

    @Test
    void computesInFenWithTheCap() {
        // 10% of last year's revenue above 2000万, at most 50万元
        Formula f = COMPILER.compile("(revenue_last - 2000 * 1000000) / 10", 50 * WAN, "formula");
        assertThat(f.evaluate(new MapFacts(AS_OF, Map.of("revenue@2025", 2300 * WAN))).fen()).isEqualTo(30 * WAN);
        Amount capped = f.evaluate(new MapFacts(AS_OF, Map.of("revenue@2025", 9000 * WAN)));
        assertThat(capped.fen()).isEqualTo(50 * WAN);
        assertThat(capped.capped()).isTrue();
        assertThat(f.evaluate(new MapFacts(AS_OF, Map.of("revenue@2025", 1000 * WAN))).fen()).as("never negative").isZero();
    }

    @Test
    void readsCodesAndQualifications() {
        Formula f = COMPILER.compile("'SPECIALISED' in qualifications ? 30 * 1000000 : 10 * 1000000", 30 * WAN, "formula");
        assertThat(f.evaluate(new MapFacts(AS_OF, Map.of("qualifications", Set.of("SPECIALISED")))).fen()).isEqualTo(30 * WAN);
        assertThat(f.evaluate(new MapFacts(AS_OF, Map.of("qualifications", Set.of()))).fen()).isEqualTo(10 * WAN);
    }

    @Test
    void anUnknownFactLeavesTheAmountUnknownAndNamesIt() {
        Formula f = COMPILER.compile("employees_last * 2000 * 100", 100 * WAN, "formula");
        Amount amount = f.evaluate(new MapFacts(AS_OF, Map.of("employees@2026", 10L)));
        assertThat(amount.known()).isFalse();
        assertThat(amount.missing()).containsExactly("上一年度从业人员(市统计局)");
    }

    @Test
    void refusesFormulasThatAreNotIntegerArithmeticOverTheCatalogue() {
        assertThatThrownBy(() -> COMPILER.compile("revenue_last * 0.1", 100L, "items[0].formula"))
                .isInstanceOf(ConditionException.class)
                .satisfies(e -> assertThat(((ConditionException) e).problems()).extracting(Problem::path)
                        .containsExactly("items[0].formula.expr"));
        assertThatThrownBy(() -> COMPILER.compile("turnover_last / 10", 100L, "formula"))
                .hasMessageContaining("formula.expr").hasMessageContaining("turnover_last");
        assertThatThrownBy(() -> COMPILER.compile("revenue_last / 10", null, "formula"))
                .hasMessageContaining("formula.cap");
    }
}

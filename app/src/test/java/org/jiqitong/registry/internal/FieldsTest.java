package org.jiqitong.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

    @ParameterizedTest
    @CsvSource({"0,0", "0.1,10", "0.10,10", "1.05,105", "1234.56,123456", "999999999999999.99,99999999999999999"})
    void readsYuanIntoFenExactly(String yuan, long fen) {
        assertThat(Fields.yuanToFen(yuan)).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234", "1e5", "1,000", "abc", ".5", "12.", "￥12"})
    void refusesWhatIsNotAnAmountInYuan(String text) {
        assertThatThrownBy(() -> Fields.yuanToFen(text)).isInstanceOf(Fields.FieldException.class)
                .hasMessageContaining("不是金额");
    }

    @Test
    void refusesNegativeMoney() {
        assertThatThrownBy(() -> Fields.yuanToFen("-3.00")).hasMessageContaining("不能为负数");
    }

    @Test
    void readsIsoDatesAndBooleansAsTheFeedsWriteThem() {
        assertThat(Fields.isoDate("2015-06-01")).hasToString("2015-06-01");
        assertThatThrownBy(() -> Fields.isoDate("2015/06/01")).hasMessageContaining("ISO");
        assertThat(Fields.bool("true")).isTrue();
        assertThat(Fields.bool("false")).isFalse();
        assertThatThrownBy(() -> Fields.bool("maybe")).hasMessageContaining("true 或 false");
    }

    @Test
    void refusesControlCharactersInText() {
        assertThatThrownBy(() -> Fields.text("a\u0001b", 10, "名称")).hasMessageContaining("控制字符");
        assertThatThrownBy(() -> Fields.text("a".repeat(11), 10, "名称")).hasMessageContaining("最多10个字符");
    }
}

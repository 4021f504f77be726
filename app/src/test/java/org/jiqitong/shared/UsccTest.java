package org.jiqitong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {"91370102MA3C00000B", "91370102TT0000001N", "92370124TT0000002J"})
    void acceptsValidCodes(String code) {
        assertThat(Uscc.parse(code).value()).isEqualTo(code);
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @Test
    void normalisesSpacesAndCase() {
        assertThat(Uscc.parse("  91370102ma3c00000b ").value()).isEqualTo("91370102MA3C00000B");
    }

    @Test
    void refusesAWrongCheckCharacterSayingWhichItShouldBe() {
        assertThatThrownBy(() -> Uscc.parse("91370102MA3C00000X"))
                .isInstanceOf(InvalidUsccException.class)
                .hasMessageContaining("校验码错误").hasMessageContaining("应为\u201cB\u201d").hasMessageContaining("实际为\u201cX\u201d");
    }

    @Test
    void refusesTheWrongLength() {
        assertThatThrownBy(() -> Uscc.parse("91370102MA3C0000")).hasMessageContaining("应为18位,实际为16位");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', '中'})
    void refusesCharactersOutsideTheStandardsAlphabet(char bad) {
        String code = "9137010" + bad + "MA3C00000B";
        assertThatThrownBy(() -> Uscc.parse(code)).isInstanceOf(InvalidUsccException.class)
                .hasMessageContaining("第8位字符");
    }

    @Test
    void refusesANonNumericDivisionCode() {
        String first17 = "9137A102MA3C00000";
        String code = first17 + Uscc.checkCharacter(first17);
        assertThatThrownBy(() -> Uscc.parse(code)).hasMessageContaining("行政区划码");
    }

    @Test
    void refusesEmpty() {
        assertThatThrownBy(() -> Uscc.parse("  ")).hasMessageContaining("为空");
    }

    @Test
    void yuanBecomeFenOnlyWithAtMostTwoDecimalsAndNeverNegative() {
        assertThat(Money.fenOf(new java.math.BigDecimal("1234.5"))).isEqualTo(123450L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.fenOf(new java.math.BigDecimal("1.234")))
                .isInstanceOf(ArithmeticException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.fenOf(new java.math.BigDecimal("-1")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void moneyIsShownAsYuanWithTwoDecimals() {
        assertThat(Money.yuan(123456780L)).isEqualTo("1,234,567.80");
        assertThat(Money.yuan(5L)).isEqualTo("0.05");
        assertThat(Money.yuan(null)).isEmpty();
    }
}

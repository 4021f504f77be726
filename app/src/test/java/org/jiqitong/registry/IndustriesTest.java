package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndustriesTest {

    @ParameterizedTest
    @ValueSource(strings = {"C3911", "I6513", "K7010", "A01", "C391", "T97", "F5211"})
    void acceptsCodesWrittenWithTheirSection(String code) {
        assertThat(Industries.problem(code)).isEmpty();
    }

    @Test
    void explainsWhyACodeIsWrong() {
        assertThat(Industries.problem("C99X")).get().asString().contains("不是GB/T 4754-2017行业代码");
        assertThat(Industries.problem("3911")).get().asString().contains("门类字母");
        assertThat(Industries.problem("C98")).get().asString().contains("大类98不存在");
        assertThat(Industries.problem("I3911")).get().asString().contains("大类39属于门类C");
    }

    @Test
    void describesADivision() {
        assertThat(Industries.describe("C3911")).isEqualTo("C3911 计算机、通信和其他电子设备制造业");
    }

    @Test
    void demoUsccsAreValidAndDistinct() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String code = DemoRegistry.uscc(i, "91", "370102");
            assertThat(org.jiqitong.shared.Uscc.isValid(code)).as(code).isTrue();
            assertThat(seen.add(code)).as("duplicate %s", code).isTrue();
        }
    }
}

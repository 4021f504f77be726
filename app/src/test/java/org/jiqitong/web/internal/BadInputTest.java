package org.jiqitong.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classes of bad input, without Spring. */
class BadInputTest {

    @Test
    void controlCharactersAreFoundAndTabsAndLineBreaksAreNot() {
        assertThat(BadInput.hasControl("a\u0000b")).isTrue();
        assertThat(BadInput.hasControl("\u000b")).isTrue();
        assertThat(BadInput.hasControl("\u007f")).isTrue();
        assertThat(BadInput.hasControl("第一行\r\n第二行\t制表")).isFalse();
        assertThat(BadInput.inParameters(Map.of("q", new String[] {"ok", "x\u0001"})))
                .hasValue("参数\u201cq\u201d含有不允许的控制字符(如 NUL)");
        assertThat(BadInput.inParameters(Map.of("q", new String[] {"泉智"}))).isEmpty();
    }

    @Test
    void aPersonReadsThePlatformsSentencesButNeverCode() {
        assertThat(BadInput.forPeople("地址不能超过300字")).isEqualTo("地址不能超过300字");
        assertThat(BadInput.forPeople("No enum constant org.jiqitong.policy.BenefitType.X"))
                .isEqualTo("提交的内容或参数无效,请检查后重试。");
        assertThat(BadInput.forPeople("For input string: \"abc\"")).isEqualTo("提交的内容或参数无效,请检查后重试。");
        assertThat(BadInput.forPeople(null)).isEqualTo("提交的内容或参数无效,请检查后重试。");
    }
}

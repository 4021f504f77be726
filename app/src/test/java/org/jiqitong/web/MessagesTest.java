package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every label exists in Chinese and in English: a missing English key would show the Chinese one on an English page. */
class MessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws Exception {
        Properties zh = load("/messages.properties");
        Properties en = load("/messages_en.properties");
        assertThat(zh).hasSizeGreaterThan(500);
        assertThat(en.keySet()).as("keys only in Chinese").containsAll(zh.keySet());
        assertThat(zh.keySet()).as("keys only in English").containsAll(en.keySet());
        assertThat(en.values()).as("no English label left empty").noneMatch(v -> v.toString().isBlank());
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}

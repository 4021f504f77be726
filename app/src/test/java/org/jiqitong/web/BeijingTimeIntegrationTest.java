package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15.1: every time shown to a person is Beijing time with its date, through the one formatter
 * ({@code @times}); the database hands instants back in UTC, and a template that formats one itself shows UTC.
 */
class BeijingTimeIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theInboxShowsBeijingTimeNotUtc() {
        String uscc = DemoRegistry.ENTERPRISE_USCCS.get(0);
        jdbc.sql("""
                INSERT INTO notification_message (uscc, title, body, created_at)
                VALUES (?, '时间测试消息', '时间测试', '2026-11-24T17:45:00Z')""").param(uscc).update();
        Http ent1 = Http.anonymous(port);
        ent1.formLogin("ent1", "jiqitong-demo");
        String inbox = ent1.get("/my/inbox").body();
        assertThat(inbox).contains("时间测试消息", "2026-11-25 01:45") // Beijing: the next day already
                .doesNotContain("2026-11-24 17:45");
    }

    @Test
    void noTemplateFormatsATimeItself() throws Exception {
        List<String> offenders;
        try (Stream<Path> all = Files.walk(Path.of("src/main/resources/templates"))) {
            offenders = all.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return Files.readString(p).contains("#temporals.format(");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).as("templates that print a time in the offset it came with (use @times)").isEmpty();
    }
}

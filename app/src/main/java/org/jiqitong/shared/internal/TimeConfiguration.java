package org.jiqitong.shared.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jiqitong.shared.ChinaTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" and "today" in the application: Beijing time. {@code jiqitong.clock.start} (an ISO
 * instant with offset, e.g. {@code 2027-01-02T09:00:00+08:00}) runs the platform as if it were started at that
 * moment — time keeps running from there. Tests use it to fix their day; trainers use it to show a chosen
 * day. Empty (the default) is the real time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${jiqitong.clock.start:}") String start) {
        Clock system = Clock.system(ChinaTime.ZONE);
        if (start == null || start.isBlank()) {
            return system;
        }
        try {
            OffsetDateTime from = OffsetDateTime.parse(start.strip());
            return Clock.offset(system, Duration.between(system.instant(), from.toInstant()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("jiqitong.clock.start \u201c" + start
                    + "\u201d is not an ISO instant with offset such as 2027-01-02T09:00:00+08:00", e);
        }
    }
}

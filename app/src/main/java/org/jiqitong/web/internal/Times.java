package org.jiqitong.web.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.jiqitong.shared.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * {@code ${@times.of(t)}} in templates: an instant as people read it, Beijing time with its date
 * ({@code 2026-11-25 09:30}), whatever offset the value came with. Empty for null.
 */
@Component("times")
class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    public String of(TemporalAccessor t) {
        if (t == null) {
            return "";
        }
        if (t instanceof OffsetDateTime o) {
            return MINUTES.format(o.toInstant());
        }
        if (t instanceof Instant i) {
            return MINUTES.format(i);
        }
        return MINUTES.format(t);
    }
}

package org.jiqitong.web.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.jiqitong.shared.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * {@code ${@times.of(t)}} in templates — the one formatter of times shown to people: an instant as people read it,
 * Beijing time with its date ({@code 2026-11-25 09:30}), whatever offset the value came with (the database hands
 * them back in UTC); {@code brief} and {@code day} for lists and dates. Empty for null. Templates never format a time
 * themselves ({@code #temporals.format} would print the offset the value came with).
 */
@Component("times")
class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ChinaTime.ZONE);

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ChinaTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ChinaTime.ZONE);

    /** {@code 2026-11-25 09:30} */
    public String of(TemporalAccessor t) {
        return format(MINUTES, t);
    }

    /** {@code 11-25 09:30} (lists, where the year goes without saying) */
    public String brief(TemporalAccessor t) {
        return format(SHORT, t);
    }

    /** {@code 2026-11-25}: the Beijing day of the instant */
    public String day(TemporalAccessor t) {
        return format(DAY, t);
    }

    private static String format(DateTimeFormatter f, TemporalAccessor t) {
        if (t == null) {
            return "";
        }
        if (t instanceof OffsetDateTime o) {
            return f.format(o.toInstant());
        }
        if (t instanceof java.time.ZonedDateTime z) {
            return f.format(z.toInstant());
        }
        return f.format(t); // an Instant, or a local date-time already in Beijing time
    }
}

package org.jiqitong.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of law, calendars and windows are Asia/Shanghai dates. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** Today in China by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}

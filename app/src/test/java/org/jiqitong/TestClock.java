package org.jiqitong;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The moment the integration tests' platform starts at ({@code jiqitong.clock.start}); its clock runs on from
 * there. Tests state what they expect in terms of this day, never of the wall clock, so the suite passes on any
 * real date. A Wednesday on the shipped 2026 working calendar.
 */
public final class TestClock {

    public static final OffsetDateTime START = OffsetDateTime.parse("2026-11-25T09:30:00+08:00");

    /** The test day in Beijing. */
    public static final LocalDate TODAY = START.toLocalDate();

    /** "Last year" of the rules on the test day: the year of the figures the tests deliver. */
    public static final int LAST_YEAR = TODAY.getYear() - 1;

    private TestClock() {
    }
}

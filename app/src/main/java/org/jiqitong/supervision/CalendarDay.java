package org.jiqitong.supervision;

import java.time.LocalDate;

/** A day that differs from the weekday rule, with its name and who last set it. */
public record CalendarDay(LocalDate day, WorkingCalendar.Kind kind, String name, String updatedBy) {
}

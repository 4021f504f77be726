package org.jiqitong.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Which days are working days: Monday to Friday, except the public holidays; Saturdays and Sundays are days off,
 * except the make-up working days (调休上班). Deadlines count whole working days after the day a stage starts
 * ("自受理之日起N个工作日内": the start day itself is not counted).
 */
public final class WorkingCalendar {

    /** A day that differs from the weekday rule. */
    public enum Kind { HOLIDAY, WORKDAY }

    private final Map<LocalDate, Kind> exceptions;

    public WorkingCalendar(Map<LocalDate, Kind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        Kind k = exceptions.get(day);
        if (k != null) {
            return k == Kind.WORKDAY;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code start} (n ≥ 1); {@code start} itself is not counted. */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working days in (from, to]: 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}

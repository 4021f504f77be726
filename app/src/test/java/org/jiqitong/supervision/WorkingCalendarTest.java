package org.jiqitong.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private final WorkingCalendar plain = new WorkingCalendar(Map.of());

    @Test
    void theStartDayIsNotCountedAndWeekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(plain.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(plain.addWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(plain.addWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(plain.workingDaysBetween(friday, LocalDate.of(2026, 12, 4))).isEqualTo(5);
        assertThat(plain.workingDaysBetween(friday, friday)).isZero();
    }

    @Test
    void aHolidayIsSkippedAndAMakeUpSaturdayCounts() {
        WorkingCalendar c = new WorkingCalendar(Map.of(LocalDate.of(2026, 12, 1), WorkingCalendar.Kind.HOLIDAY,
                LocalDate.of(2026, 12, 5), WorkingCalendar.Kind.WORKDAY));
        // Fri 27 Nov + 3: Mon 30, (Tue 1 off), Wed 2, Thu 3
        assertThat(c.addWorkingDays(LocalDate.of(2026, 11, 27), 3)).isEqualTo(LocalDate.of(2026, 12, 3));
        // Thu 3 + 2: Fri 4, Sat 5 (make-up)
        assertThat(c.addWorkingDays(LocalDate.of(2026, 12, 3), 2)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(c.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse();
    }
}

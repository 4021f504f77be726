package org.jiqitong.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One stage's clock: what it times, who handles it, its SLA and due day, and where it stands. */
public record ClockView(long id, String subject, long subjectId, String stage, String departmentCode, String title,
        int slaDays, LocalDate startedOn, LocalDate dueOn, LocalDate pausedSince, OffsetDateTime finishedAt,
        OffsetDateTime escalatedAt) {

    /** Where a clock stands on a day. */
    public enum State { RUNNING, NEARLY_DUE, OVERDUE, PAUSED, FINISHED }

    public State state(LocalDate today, WorkingCalendar calendar) {
        if (finishedAt != null) {
            return State.FINISHED;
        }
        if (pausedSince != null) {
            return State.PAUSED;
        }
        if (today.isAfter(dueOn)) {
            return State.OVERDUE;
        }
        return calendar.workingDaysBetween(today, dueOn) <= 1 ? State.NEARLY_DUE : State.RUNNING;
    }
}

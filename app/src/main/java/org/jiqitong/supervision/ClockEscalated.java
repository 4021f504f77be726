package org.jiqitong.supervision;

/** A clock ran past its due day and was escalated to the supervisors. */
public record ClockEscalated(long clockId, String subject, long subjectId, String stage, String departmentCode) {
}

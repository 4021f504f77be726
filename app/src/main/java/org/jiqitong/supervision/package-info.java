/**
 * Supervision (全程督办): working-day clocks on the official calendar of weekends, public holidays and 调休
 * make-up days; every stage's SLA, nearly due and overdue work, escalation to SUPERVISOR, and 督办 messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package org.jiqitong.supervision;

package org.jiqitong.redemption;

import java.time.OffsetDateTime;

/** One step of an application's timeline as the enterprise sees it: which department, when, what, why. */
public record TimelineStep(OffsetDateTime at, String action, ApplicationStatus status, String departmentCode,
        String reason) {
}

package org.jiqitong.redemption;

import org.jiqitong.shared.Labelled;

/** Where an application stands. */
public enum ApplicationStatus implements Labelled {
    DRAFT, SUBMITTED, ACCEPTED,
    REFUSED, IN_REVIEW, SUPPLEMENT,
    APPROVED, REJECTED, IN_NOTICE,
    NOTICE_PASSED, PAID,
    CLOSED;
}

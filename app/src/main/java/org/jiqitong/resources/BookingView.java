package org.jiqitong.resources;

import java.time.OffsetDateTime;

/** A booking as the enterprise and the facility's department see it. */
public record BookingView(long id, long resourceId, String resourceTitle, String uscc, String entityName,
        OffsetDateTime start, OffsetDateTime end, String purpose, BookingStatus status, String reason,
        OffsetDateTime createdAt) {
}

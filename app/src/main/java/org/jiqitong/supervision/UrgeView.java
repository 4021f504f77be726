package org.jiqitong.supervision;

import java.time.OffsetDateTime;

/** A 督办 message on a clock. */
public record UrgeView(long id, long clockId, String stage, String urgedBy, String message, OffsetDateTime urgedAt,
        OffsetDateTime seenAt) {
}

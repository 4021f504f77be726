package org.jiqitong.registry;

import java.time.OffsetDateTime;

/** Where a stored value came from: the source system, the delivery and when it arrived. */
public record Provenance(String source, String sourceName, long runId, String channel, OffsetDateTime arrivedAt) {

    private static final java.time.ZoneId BEIJING = org.jiqitong.shared.ChinaTime.ZONE;

    /** The arrival as people in Jinan read a clock. */
    public java.time.ZonedDateTime arrivedAtBeijing() {
        return arrivedAt.atZoneSameInstant(BEIJING);
    }
}

package org.jiqitong.resources;

import java.time.OffsetDateTime;

/** A time slot of a facility, in Beijing time with its offset. */
public record Slot(OffsetDateTime start, OffsetDateTime end) {
}

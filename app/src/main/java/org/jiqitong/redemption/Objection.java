package org.jiqitong.redemption;

import java.time.OffsetDateTime;

/** An objection raised during public notice, and how the department resolved it. */
public record Objection(long id, String text, OffsetDateTime raisedAt, String resolution, String note) {
}

package org.jiqitong.policy;

import java.time.OffsetDateTime;

/** One step in a version's history, as officers read it: when, who, what (a code with a label), to which status. */
public record AuditEntry(OffsetDateTime at, String actor, String action, ItemStatus statusAfter, String note) {
}

package org.jiqitong.matching;

import java.time.LocalDate;

/** How many entities an item reaches on the day of its last sweep or change. */
public record ItemReach(long itemId, long versionId, int eligible, int undetermined, LocalDate asOf) {
}

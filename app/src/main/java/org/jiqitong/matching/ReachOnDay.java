package org.jiqitong.matching;

import java.time.LocalDate;

/** An item's counts at the end of one day. */
public record ReachOnDay(LocalDate day, int eligible, int undetermined) {
}

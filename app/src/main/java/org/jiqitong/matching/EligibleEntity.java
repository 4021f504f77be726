package org.jiqitong.matching;

import java.time.OffsetDateTime;
import java.util.List;

/** An entity that meets an item's conditions on a day: its computed amount and why (the conditions it meets). */
public record EligibleEntity(String uscc, String name, long amountFen, List<String> reasons, OffsetDateTime eligibleSince) {
}

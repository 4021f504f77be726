package org.jiqitong.registry;

import org.jiqitong.rules.size.SizeClass;

/** One line of a registry search. */
public record EntitySummary(String uscc, String name, EntityType entityType, District district, String industryCode,
        EntityStatus status, SizeClass sizeClass) {

    public String industry() {
        return Industries.describe(industryCode);
    }
}

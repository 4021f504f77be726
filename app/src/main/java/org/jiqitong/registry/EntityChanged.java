package org.jiqitong.registry;

/**
 * An entity's stored data changed (a new entity, new values, new figures or qualifications). Published for
 * each changed entity of a delivery; a delivery that changes more than {@link #BULK_THRESHOLD} entities
 * publishes one {@link EntitiesChangedInBulk} instead, since a full re-sweep is then cheaper than
 * re-matching entities one by one.
 */
public record EntityChanged(String uscc, Feed feed, String source, long runId) {
    public static final int BULK_THRESHOLD = 10_000;
}

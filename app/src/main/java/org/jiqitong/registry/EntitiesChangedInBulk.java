package org.jiqitong.registry;

/** A delivery changed more than {@link EntityChanged#BULK_THRESHOLD} entities; listeners re-read them all. */
public record EntitiesChangedInBulk(long runId, Feed feed, String source, long changed) {
}

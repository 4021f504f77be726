package org.jiqitong.matching;

/**
 * More than {@link Matching#BULK_THRESHOLD} verdicts changed in one sweep: the changes are recorded with ids
 * {@code firstChangeId}..{@code lastChangeId}; listeners read them with {@link Matching#changes}.
 */
public record EligibilityChangedInBulk(long firstChangeId, long lastChangeId, long count, String cause) {
}

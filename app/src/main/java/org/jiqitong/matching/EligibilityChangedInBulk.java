package org.jiqitong.matching;

/**
 * More than {@link #THRESHOLD} verdicts changed in one sweep: the changes are recorded with ids
 * {@code firstChangeId}..{@code lastChangeId}; listeners read them with {@link Matching#changes}.
 */
public record EligibilityChangedInBulk(long firstChangeId, long lastChangeId, long count, String cause) {

    /** Above this many changes in one step, one bulk event is published instead of one event per change. */
    public static final int THRESHOLD = 10_000;
}

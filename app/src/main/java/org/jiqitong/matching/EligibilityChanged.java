package org.jiqitong.matching;

import org.jiqitong.rules.eval.Verdict;

/**
 * An entity's verdict for a published item really changed ({@code oldVerdict} is null when the item was not
 * published before). Recorded in {@code matching_change} under {@code changeId} in the same transaction.
 */
public record EligibilityChanged(long changeId, String uscc, long itemId, long versionId, Verdict oldVerdict,
        Verdict newVerdict, String cause) {

    public boolean newlyEligible() {
        return newVerdict == Verdict.ELIGIBLE;
    }
}

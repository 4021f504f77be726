package org.jiqitong.resources;

import java.util.List;
import org.jiqitong.rules.eval.Explanation;
import org.jiqitong.rules.eval.Verdict;

/**
 * A resource for a need, ranked: the rule engine's verdict on who may use it (with one explanation per condition), the
 * fit per constraint, and a flag when a guarantee's fee rate is above 1 % (实施意见 19).
 */
public record ResourceMatch(long resourceId, String title, ResourceKind kind, String departmentCode, String district,
        Verdict verdict, List<Explanation> explanations, List<Fit> fit, boolean feeAboveCeiling, boolean illustrative) {

    public long met() {
        return fit.stream().filter(Fit::met).count();
    }

    public boolean fitsAll() {
        return fit.stream().allMatch(Fit::met);
    }
}

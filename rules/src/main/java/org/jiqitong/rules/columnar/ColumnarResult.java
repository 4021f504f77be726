package org.jiqitong.rules.columnar;

import org.jiqitong.rules.eval.Verdict;
import org.roaringbitmap.RoaringBitmap;

/** One item over the whole snapshot: the eligible rows and the undetermined rows; the rest are ineligible. */
public record ColumnarResult(RoaringBitmap eligible, RoaringBitmap undetermined) {

    public Verdict verdict(int row) {
        return eligible.contains(row) ? Verdict.ELIGIBLE
                : undetermined.contains(row) ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
    }
}

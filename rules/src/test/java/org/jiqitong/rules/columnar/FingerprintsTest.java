package org.jiqitong.rules.columnar;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.rules.eval.Verdict;
import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

class FingerprintsTest {

    @Test
    void allIneligibleIsZeroAndEachVerdictOfEachItemCounts() {
        long[] keys = {7, 8};
        assertThat(Fingerprints.of(keys, new Verdict[] {Verdict.INELIGIBLE, Verdict.INELIGIBLE})).isZero();
        long eu = Fingerprints.of(keys, new Verdict[] {Verdict.ELIGIBLE, Verdict.UNDETERMINED});
        long ue = Fingerprints.of(keys, new Verdict[] {Verdict.UNDETERMINED, Verdict.ELIGIBLE});
        long ei = Fingerprints.of(keys, new Verdict[] {Verdict.ELIGIBLE, Verdict.INELIGIBLE});
        assertThat(eu).isNotZero().isNotEqualTo(ue).isNotEqualTo(ei);
    }

    @Test
    void togglingAnItemTwiceRestoresTheFingerprints() {
        long[] fp = {0, 5, 9};
        RoaringBitmap eligible = RoaringBitmap.bitmapOf(1);
        RoaringBitmap undetermined = RoaringBitmap.bitmapOf(2);
        Fingerprints.toggle(fp, 42, eligible, undetermined);
        assertThat(fp[1]).isEqualTo(5 ^ Fingerprints.token(42, Verdict.ELIGIBLE));
        assertThat(fp[2]).isEqualTo(9 ^ Fingerprints.token(42, Verdict.UNDETERMINED));
        Fingerprints.toggle(fp, 42, eligible, undetermined);
        assertThat(fp).containsExactly(0, 5, 9);
    }
}

package org.jiqitong.rules.columnar;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.jiqitong.rules.eval.Verdict;
import org.roaringbitmap.ContainerPointer;
import org.roaringbitmap.RoaringBitmap;

/**
 * A 64-bit fingerprint of one entity's verdicts over all items: the XOR of a random-looking token per (item,
 * verdict) for every item the entity is eligible or undetermined for (all ineligible gives 0). A re-match whose
 * fingerprint equals the stored one changed nothing, so the per-item comparison against the result bitmaps
 * (a cache miss per bitmap) is only done when something did change. Two different verdict vectors share a
 * fingerprint with probability 2^-64. XOR makes adding and removing an item's contribution the same operation.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The token of one item (by its stable key, e.g. the item id) in one verdict; 0 for INELIGIBLE. */
    public static long token(long key, Verdict verdict) {
        if (verdict == Verdict.INELIGIBLE) {
            return 0;
        }
        long z = key * 2 + (verdict == Verdict.ELIGIBLE ? 1 : 2) + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L; // splitmix64's finaliser
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One entity's fingerprint from its verdicts ({@code keys[i]} is the key of item i). */
    public static long of(long[] keys, Verdict[] verdicts) {
        long fp = 0;
        for (int i = 0; i < verdicts.length; i++) {
            fp ^= token(keys[i], verdicts[i]);
        }
        return fp;
    }

    /** Toggles one item's contribution (adds it, or removes it if it was added) for every row it reaches. */
    public static void toggle(long[] fingerprints, long key, RoaringBitmap eligible, RoaringBitmap undetermined) {
        long e = token(key, Verdict.ELIGIBLE);
        long u = token(key, Verdict.UNDETERMINED);
        eligible.forEach((int id) -> fingerprints[id] ^= e);
        undetermined.forEach((int id) -> fingerprints[id] ^= u);
    }

    /** Every row's fingerprint from a sweep's results, computed in chunks of 2^16 rows in {@code pool}. */
    public static long[] of(long[] keys, List<ColumnarResult> results, int size, ForkJoinPool pool) {
        long[] fp = new long[size];
        int chunks = (size + (1 << SweepPlan.CHUNK_BITS) - 1) >>> SweepPlan.CHUNK_BITS;
        pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(c -> {
            int lo = c << SweepPlan.CHUNK_BITS;
            int hi = Math.min(size, lo + (1 << SweepPlan.CHUNK_BITS));
            for (int i = 0; i < results.size(); i++) {
                xor(fp, results.get(i).eligible(), token(keys[i], Verdict.ELIGIBLE), lo, hi);
                xor(fp, results.get(i).undetermined(), token(keys[i], Verdict.UNDETERMINED), lo, hi);
            }
        })).join();
        return fp;
    }

    /** XORs {@code token} into the rows of {@code rows} within one chunk (one Roaring container, read directly). */
    private static void xor(long[] fp, RoaringBitmap rows, long token, int lo, int hi) {
        char key = (char) (lo >>> SweepPlan.CHUNK_BITS);
        ContainerPointer p = rows.getContainerPointer();
        while (p.getContainer() != null && p.key() < key) {
            p.advance();
        }
        if (p.getContainer() != null && p.key() == key) {
            p.getContainer().forEach(key, id -> fp[id] ^= token);
        }
    }
}

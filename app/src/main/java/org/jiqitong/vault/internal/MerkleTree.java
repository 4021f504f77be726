package org.jiqitong.vault.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1 over a tree whose complete, aligned subtrees are already hashed: node (level, index) covers the
 * leaves [index·2^level, (index+1)·2^level), level 0 being the leaf hashes. The root of any size, an inclusion path
 * (§2.1.3.1) and a consistency proof (§2.1.4.1) are computed from O(log n) such nodes. No Spring, no database: a
 * {@link Nodes} gives the stored hashes.
 */
public final class MerkleTree {

    /** The stored hash of a complete, aligned subtree. */
    public interface Nodes {
        byte[] node(int level, long index);
    }

    private final LogHash hash;
    private final Nodes nodes;

    public MerkleTree(LogHash hash, Nodes nodes) {
        this.hash = hash;
        this.nodes = nodes;
    }

    /** MTH(D[0:size]). */
    public byte[] root(long size) {
        return size == 0 ? hash.empty() : mth(0, size);
    }

    /** PATH(index, D[0:size]), leaf to root. */
    public List<byte[]> inclusion(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, path);
        return path;
    }

    /** PROOF(first, D[0:second]): that the tree of size {@code first} is a prefix of the tree of size {@code second}. */
    public List<byte[]> consistency(long first, long second) {
        if (first < 1 || first > second) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, proof);
        return proof;
    }

    private void path(long m, long start, long n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(m, start, k, out);
            out.add(mth(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, out);
            out.add(mth(start, k));
        }
    }

    private void subproof(long m, long start, long n, boolean whole, List<byte[]> out) {
        if (m == n) {
            if (!whole) {
                out.add(mth(start, n));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, start, k, whole, out);
            out.add(mth(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(mth(start, k));
        }
    }

    /** MTH(D[start:start+n]); {@code start} is a multiple of the largest power of two not above n. */
    private byte[] mth(long start, long n) {
        if (Long.bitCount(n) == 1) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, start >> level);
        }
        long k = split(n);
        return hash.node(mth(start, k), mth(start + k, n - k));
    }

    /** The largest power of two strictly below n (n ≥ 2). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** The complete subtrees an append of leaf {@code index} completes: their levels, from 1 up. */
    public static int completed(long index) {
        return Long.numberOfTrailingZeros(index + 1);
    }
}

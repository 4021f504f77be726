package org.jiqitong.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.vault.LogVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tree's roots and proofs for every size from 1 to 300, SHA-256 and SM3, against a reference written here
 * straight from RFC 9162 §2.1 (recursion over the list of entries, nothing stored), and checked by the RFC's
 * verification algorithms ({@link LogVerifier}). No Spring, no database.
 */
class MerkleTreeTest {

    private static final int MAX = 300;

    /** Memoised MTH of sublists (by their position in the entries); the recursion below stays the RFC's. */
    private static final Map<String, byte[]> MEMO = new java.util.concurrent.ConcurrentHashMap<>();

    /** RFC 9162 §2.1.1 MTH over entries, literally (memoised by first entry and size). */
    private static byte[] mth(LogHash h, List<byte[]> d) {
        if (d.isEmpty()) {
            return h.digest();
        }
        String key = h + "/" + new String(d.get(0), StandardCharsets.UTF_8) + "/" + d.size(); // entries are unique
        byte[] known = MEMO.get(key);
        if (known != null) {
            return known;
        }
        byte[] r;
        if (d.size() == 1) {
            r = h.digest(new byte[] {0}, d.get(0));
        } else {
            int k = Integer.highestOneBit(d.size() - 1);
            r = h.digest(new byte[] {1}, mth(h, d.subList(0, k)), mth(h, d.subList(k, d.size())));
        }
        MEMO.put(key, r);
        return r;
    }

    /** RFC 9162 §2.1.3.1 PATH, literally. */
    private static List<byte[]> path(LogHash h, int m, List<byte[]> d) {
        List<byte[]> out = new ArrayList<>();
        if (d.size() <= 1) {
            return out;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m < k) {
            out.addAll(path(h, m, d.subList(0, k)));
            out.add(mth(h, d.subList(k, d.size())));
        } else {
            out.addAll(path(h, m - k, d.subList(k, d.size())));
            out.add(mth(h, d.subList(0, k)));
        }
        return out;
    }

    /** RFC 9162 §2.1.4.1 SUBPROOF, literally. */
    private static List<byte[]> subproof(LogHash h, int m, List<byte[]> d, boolean b) {
        List<byte[]> out = new ArrayList<>();
        if (m == d.size()) {
            if (!b) {
                out.add(mth(h, d));
            }
            return out;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m <= k) {
            out.addAll(subproof(h, m, d.subList(0, k), b));
            out.add(mth(h, d.subList(k, d.size())));
        } else {
            out.addAll(subproof(h, m - k, d.subList(k, d.size()), false));
            out.add(mth(h, d.subList(0, k)));
        }
        return out;
    }

    private static List<byte[]> entries(int n) {
        List<byte[]> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(("{\"v\":1,\"event\":\"TEST\",\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        }
        return d;
    }

    /** The stored nodes an append-only log keeps: the hash of every complete aligned subtree. */
    private static MerkleTree tree(LogHash h, List<byte[]> d) {
        Map<String, byte[]> nodes = new HashMap<>();
        for (int level = 0; (1 << level) <= d.size(); level++) {
            int width = 1 << level;
            for (int i = 0; (i + 1) * width <= d.size(); i++) {
                nodes.put(level + "/" + i, mth(h, d.subList(i * width, (i + 1) * width)));
            }
        }
        return new MerkleTree(h, (level, index) -> {
            byte[] node = nodes.get(level + "/" + index);
            assertThat(node).as("only complete subtrees are read: " + level + "/" + index).isNotNull();
            return node;
        });
    }

    private static void assertSame(List<byte[]> actual, List<byte[]> expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).as(what + " [" + i + "]").isEqualTo(expected.get(i));
        }
    }

    @ParameterizedTest
    @EnumSource(LogHash.class)
    void everyRootInclusionAndConsistencyProofUpTo300IsTheRfcsAndVerifies(LogHash h) {
        List<byte[]> all = entries(MAX);
        LogVerifier verifier = new LogVerifier(h);
        List<byte[]> leaves = all.stream().map(h::leaf).toList();
        MerkleTree full = tree(h, all);
        for (int n = 1; n <= MAX; n++) {
            List<byte[]> d = all.subList(0, n);
            byte[] root = mth(h, d);
            assertThat(full.root(n)).as("root of " + n).isEqualTo(root);
            assertThat(verifier.root(leaves, n)).as("verifier's root of " + n).isEqualTo(root);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = full.inclusion(m, n);
                assertSame(proof, path(h, m, d), "PATH(" + m + ", " + n + ")");
                assertThat(verifier.inclusion(m, n, leaves.get(m), proof, root)).as("inclusion " + m + "/" + n).isTrue();
            }
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = full.consistency(m, n);
                assertSame(proof, subproof(h, m, d, true), "PROOF(" + m + ", " + n + ")");
                assertThat(verifier.consistency(m, n, mth(h, all.subList(0, m)), root, proof))
                        .as("consistency " + m + "→" + n).isTrue();
            }
        }
    }

    @Test
    void aWrongLeafAWrongRootOrAShortenedProofDoesNotVerify() {
        LogHash h = LogHash.SHA256;
        List<byte[]> d = entries(37);
        MerkleTree t = tree(h, d);
        LogVerifier v = new LogVerifier(h);
        byte[] root = t.root(37);
        List<byte[]> path = t.inclusion(5, 37);
        assertThat(v.inclusion(5, 37, h.leaf(d.get(5)), path, root)).isTrue();
        assertThat(v.inclusion(5, 37, h.leaf(d.get(6)), path, root)).as("another leaf").isFalse();
        assertThat(v.inclusion(6, 37, h.leaf(d.get(5)), path, root)).as("another index").isFalse();
        assertThat(v.inclusion(5, 37, h.leaf(d.get(5)), path.subList(1, path.size()), root)).as("short").isFalse();
        assertThat(v.inclusion(5, 37, h.leaf(d.get(5)), path, t.root(36))).as("another root").isFalse();
        List<byte[]> c = t.consistency(20, 37);
        assertThat(v.consistency(20, 37, t.root(20), root, c)).isTrue();
        assertThat(v.consistency(20, 37, t.root(19), root, c)).as("another first root").isFalse();
        assertThat(v.consistency(21, 37, t.root(20), root, c)).as("another first size").isFalse();
        assertThatThrownBy(() -> t.inclusion(37, 37)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.consistency(38, 37)).isInstanceOf(IllegalArgumentException.class);
        assertThat(h.empty()).as("the empty tree").isEqualTo(mth(h, List.of()));
    }

    @Test
    void sm3IsTheChineseStandardsHash() {
        // GB/T 32905-2016, example 1: SM3("abc")
        assertThat(java.util.HexFormat.of().formatHex(LogHash.SM3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }
}

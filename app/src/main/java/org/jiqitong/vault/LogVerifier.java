package org.jiqitong.vault;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import org.jiqitong.vault.internal.LogHash;

/**
 * Verifies the vault's log without trusting the platform: the RFC 9162 verification algorithms (§2.1.3.2 inclusion,
 * §2.1.4.2 consistency), the root of a list of leaves, and a C2SP signed note against a verifier key. No Spring, no
 * database: the {@code verify-log} and {@code witness} commands and the tests use it.
 */
public final class LogVerifier {

    private final LogHash hash;

    public LogVerifier(LogHash hash) {
        this.hash = hash;
    }

    /** MTH of leaf hashes [0, size), computed with a stack of complete subtrees (no tree kept). */
    public byte[] root(List<byte[]> leafHashes, int size) {
        if (size == 0) {
            return hash.empty();
        }
        Deque<byte[]> stack = new ArrayDeque<>();
        Deque<Long> sizes = new ArrayDeque<>();
        for (int i = 0; i < size; i++) {
            byte[] h = leafHashes.get(i);
            long s = 1;
            while (!sizes.isEmpty() && sizes.peek() == s) {
                h = hash.node(stack.pop(), h);
                s += sizes.pop();
            }
            stack.push(h);
            sizes.push(s);
        }
        byte[] r = stack.pop();
        while (!stack.isEmpty()) {
            r = hash.node(stack.pop(), r);
        }
        return r;
    }

    /** RFC 9162 §2.1.3.2: whether {@code path} proves leaf {@code index} in the tree of {@code size} with {@code root}. */
    public boolean inclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2: whether {@code proof} shows the tree of {@code first} is a prefix of that of {@code second}. */
    public boolean consistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> p = proof;
        if (Long.bitCount(first) == 1) {
            p = new java.util.ArrayList<>(proof);
            p.add(0, firstRoot);
        }
        if (p.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = p.get(0);
        byte[] sr = p.get(0);
        for (byte[] c : p.subList(1, p.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hash.node(c, fr);
                sr = hash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    /** A checkpoint as read from a signed note. */
    public record Note(String origin, long size, byte[] root) {
    }

    /**
     * Checks a C2SP signed note against a verifier key ({@code <name>+<hex key hash>+<base64(0x01 ‖ key)>}) and reads
     * the checkpoint it carries; throws {@link IllegalArgumentException} naming what is wrong.
     */
    public static Note checkNote(String signedNote, String verifierKey) {
        String[] key = verifierKey.split("\\+", 3); // the base64 key may hold "+" itself
        if (key.length != 3) {
            throw new IllegalArgumentException("the verifier key is not <name>+<hash>+<key>");
        }
        byte[] typed = Base64.getDecoder().decode(key[2]);
        if (typed.length != 33 || typed[0] != 0x01) {
            throw new IllegalArgumentException("the verifier key is not an Ed25519 key");
        }
        byte[] raw = Arrays.copyOfRange(typed, 1, 33);
        byte[] keyId = HexFormat.of().parseHex(key[1]);
        int split = signedNote.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("the note has no signature block");
        }
        String text = signedNote.substring(0, split + 1);
        boolean signed = false;
        for (String line : signedNote.substring(split + 2).split("\n")) {
            if (!line.startsWith("\u2014 " + key[0] + " ")) {
                continue;
            }
            byte[] sig = Base64.getDecoder().decode(line.substring(line.lastIndexOf(' ') + 1));
            if (sig.length == 68 && Arrays.equals(Arrays.copyOf(sig, 4), keyId)
                    && ed25519(raw, text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(sig, 4, 68))) {
                signed = true;
            }
        }
        if (!signed) {
            throw new IllegalArgumentException("the checkpoint is not signed by " + key[0] + " (forged or altered)");
        }
        String[] lines = text.split("\n");
        if (lines.length < 3 || !lines[0].equals(key[0])) {
            throw new IllegalArgumentException("the note is not a checkpoint of " + key[0]);
        }
        return new Note(lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]));
    }

    private static boolean ed25519(byte[] rawKey, byte[] message, byte[] signature) {
        try {
            byte[] x509 = new byte[44];
            System.arraycopy(HexFormat.of().parseHex("302a300506032b6570032100"), 0, x509, 0, 12);
            System.arraycopy(rawKey, 0, x509, 12, 32);
            PublicKey pub = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(pub);
            s.update(message);
            return s.verify(signature);
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }
}

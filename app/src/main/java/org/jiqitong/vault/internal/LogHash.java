package org.jiqitong.vault.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The log's hash as RFC 9162 §2.1 uses it: a leaf is H(0x00 ‖ entry), an interior node H(0x01 ‖ left ‖ right), the
 * empty tree H(). SHA-256 by default; SM3 (GB/T 32905) by setting.
 */
public enum LogHash {

    SHA256, SM3;

    /** The hash of the bytes given, one after another. */
    public byte[] digest(byte[]... parts) {
        if (this == SM3) {
            SM3Digest d = new SM3Digest();
            for (byte[] p : parts) {
                d.update(p, 0, p.length);
            }
            byte[] out = new byte[d.getDigestSize()];
            d.doFinal(out, 0);
            return out;
        }
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                d.update(p);
            }
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] leaf(byte[] entry) {
        return digest(new byte[] {0x00}, entry);
    }

    public byte[] node(byte[] left, byte[] right) {
        return digest(new byte[] {0x01}, left, right);
    }

    /** The root of the empty tree. */
    public byte[] empty() {
        return digest();
    }
}

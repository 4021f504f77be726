package org.jiqitong.vault.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.jiqitong.shared.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed checkpoints of the log in the C2SP signed-note format: the note's text is {@code <origin>\n<size>\n<base64
 * root>\n}, signed with Ed25519 by the key in the data directory (generated on first start, readable by the platform
 * only; {@code jiqitong.vault.key-file} points every instance of a cluster at one key). The verifier key is published
 * in the C2SP verifier-key form {@code <name>+<8 hex of the key hash>+<base64(0x01 ‖ public key)>}.
 */
@Component
public class Checkpoints {

    /** A signed checkpoint. */
    public record Checkpoint(String origin, long treeSize, byte[] rootHash, String signedNote, String verifierKey) {

        public String rootBase64() {
            return Base64.getEncoder().encodeToString(rootHash);
        }
    }

    private final VaultLog log;
    private final String origin;
    private final KeyPair key;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Checkpoints(VaultLog log, DataDirectory data, @Value("${jiqitong.vault.log-origin:jiqitong.local/vault-log}") String origin,
            @Value("${jiqitong.vault.key-file:}") String keyFile, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.log = log;
        this.origin = origin;
        this.jdbc = jdbc;
        this.key = loadOrCreate(keyFile.isBlank() ? data.resolve("vault").resolve("checkpoint-ed25519.pk8") : Path.of(keyFile));
    }

    /**
     * The current size and root, signed — only with the log's key: the first instance to sign records its verifier
     * key; an instance of the cluster holding another key refuses (a log signed by two keys could not be witnessed).
     */
    public Checkpoint current() {
        String mine = verifierKey();
        String recorded = jdbc.sql("SELECT verifier_key FROM vault_log_key WHERE id = 1").query(String.class).optional()
                .orElseGet(() -> record(mine));
        if (!recorded.equals(mine)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, "本实例的签名密钥与日志登记的不同,请将"
                    + " jiqitong.vault.key-file 指向集群共用的密钥 / this instance signs with another key than the log's: "
                    + "point jiqitong.vault.key-file at the cluster's key (the log's key is " + recorded + ")");
        }
        long size = log.size();
        byte[] root = log.withNodes(t -> t.root(size));
        String text = origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
        return new Checkpoint(origin, size, root, text + "\n" + signatureLine(text), verifierKey());
    }

    /** The first instance's key becomes the log's (at its start; a GET only reads it afterwards). */
    private String record(String key) {
        jdbc.sql("INSERT INTO vault_log_key (id, verifier_key, recorded_at) VALUES (1, ?, now()) ON CONFLICT (id) DO NOTHING")
                .param(key).update();
        return jdbc.sql("SELECT verifier_key FROM vault_log_key WHERE id = 1").query(String.class).single();
    }

    /** At start: records the log's key if none is, and says loudly when this instance's is not it. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void checkKey() {
        try {
            current();
        } catch (org.springframework.web.server.ResponseStatusException e) {
            org.slf4j.LoggerFactory.getLogger(Checkpoints.class).error(e.getReason());
        }
    }

    public String verifierKey() {
        byte[] pub = raw(key.getPublic());
        return origin + "+" + HexFormat.of().formatHex(keyId(origin, pub)) + "+"
                + Base64.getEncoder().encodeToString(concat(new byte[] {0x01}, pub));
    }

    private String signatureLine(String text) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key.getPrivate());
            s.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] sig = s.sign();
            return "\u2014 " + origin + " "
                    + Base64.getEncoder().encodeToString(concat(keyId(origin, raw(key.getPublic())), sig)) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The C2SP key hash: the first four bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ public key). */
    static byte[] keyId(String name, byte[] rawPublicKey) {
        byte[] h = LogHash.SHA256.digest(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', 0x01}, rawPublicKey);
        return Arrays.copyOf(h, 4);
    }

    /** The 32 raw bytes of an Ed25519 public key (its X.509 encoding ends with them). */
    static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static KeyPair loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.write(tmp, pair.getPrivate().getEncoded());
                try {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's permissions protect it
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            KeyFactory factory = KeyFactory.getInstance("Ed25519");
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(file)));
            PublicKey pub = publicOf(priv);
            return new KeyPair(pub, priv);
        } catch (IOException e) {
            throw new UncheckedIOException("the log's signing key " + file + " cannot be read or written", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the log's signing key " + file + " is not an Ed25519 key", e);
        }
    }

    /** The public key of an Ed25519 private key (BouncyCastle derives it; the JDK does not expose that). */
    private static PublicKey publicOf(PrivateKey priv) throws GeneralSecurityException {
        byte[] pk8 = priv.getEncoded();
        byte[] seed = Arrays.copyOfRange(pk8, pk8.length - 32, pk8.length);
        byte[] pub = new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(seed, 0).generatePublicKey()
                .getEncoded();
        byte[] x509 = concat(HexFormat.of().parseHex("302a300506032b6570032100"), pub);
        return KeyFactory.getInstance("Ed25519").generatePublic(new java.security.spec.X509EncodedKeySpec(x509));
    }
}

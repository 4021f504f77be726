package org.jiqitong.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded files (application materials, demand attachments), stored once by content: {@code <data>/blobs/ab/cd/<sha256>}. The type is read from the
 * first bytes (PDF, PNG, JPEG), never from the name or the header the browser sent; a file over the size limit,
 * empty, or of another type is refused. Virus scanning is out of scope.
 */
@Component
public class BlobStore {

    /** A stored file. */
    public record Blob(String sha256, long size, String contentType) {
    }

    private final Path root;
    private final JdbcClient jdbc;
    private final long maxBytes;

    BlobStore(DataDirectory data, JdbcClient jdbc, @Value("${jiqitong.upload.max-bytes:10485760}") long maxBytes) {
        this.root = data.resolve("blobs");
        this.jdbc = jdbc;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Blob store(InputStream in) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                byte[] head = new byte[8];
                int headLength;
                try (InputStream limited = new DigestInputStream(in, sha);
                        var out = Files.newOutputStream(temp)) {
                    byte[] buffer = new byte[64 * 1024];
                    size = 0;
                    headLength = 0;
                    int n;
                    while ((n = limited.read(buffer)) > 0) {
                        if (headLength < head.length) {
                            int take = Math.min(head.length - headLength, n);
                            System.arraycopy(buffer, 0, head, headLength, take);
                            headLength += take;
                        }
                        size += n;
                        if (size > maxBytes) {
                            throw new UploadRefusedException("文件超过 " + (maxBytes / 1024 / 1024) + " MB 的上限");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (size == 0) {
                    throw new UploadRefusedException("文件是空的");
                }
                String type = type(head, headLength).orElseThrow(() -> new UploadRefusedException(
                        "文件内容不是 PDF、PNG 或 JPEG(按文件内容判断,与扩展名无关)"));
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = path(hash);
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target);
                    }
                }
                jdbc.sql("""
                        INSERT INTO shared_blob (sha256, size_bytes, content_type) VALUES (?, ?, ?)
                        ON CONFLICT (sha256) DO NOTHING""").params(hash, size, type).update();
                return new Blob(hash, size, type);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The name to show for an uploaded file: the last part of whatever path the browser sent, without control
     * characters, at most 200 characters; {@code fallback} when there is none. (Only shown: files are stored by hash.)
     */
    public static String displayName(String given, String fallback) {
        if (given == null || given.isBlank()) {
            return fallback;
        }
        String base = given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "");
        if (base.isBlank()) {
            return fallback;
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    public Optional<Blob> find(String sha256) {
        return jdbc.sql("SELECT sha256, size_bytes, content_type FROM shared_blob WHERE sha256 = ?").param(sha256)
                .query((rs, i) -> new Blob(rs.getString(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /**
     * Sends a stored file to the browser: its type (found by content when stored), the name to save it under, inline
     * (a preview: a PDF in the browser's viewer, an image as itself) or as an attachment, and never sniffed.
     */
    public void send(jakarta.servlet.http.HttpServletResponse response, String sha256, String contentType,
            String fileName, boolean inline) throws java.io.IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        Files.copy(path(sha256), response.getOutputStream());
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    static Optional<String> type(byte[] head, int n) {
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0d && head[5] == 0x0a && head[6] == 0x1a && head[7] == 0x0a) {
            return Optional.of("image/png");
        }
        if (n >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }
}

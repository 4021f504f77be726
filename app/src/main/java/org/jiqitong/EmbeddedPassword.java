package org.jiqitong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded PostgreSQL asks for a password (issue 13.2): it is generated once into the data directory (owner
 * read/write only), set on the {@code postgres} role, and the server's {@code pg_hba.conf} is rewritten to accept
 * only password connections from this machine. initdb (run by the embedded library) trusts every local connection;
 * that trust lasts only until the first start has set the password. Operators who need the database directly read
 * the password from the file.
 */
final class EmbeddedPassword {

    static final String FILE = "postgres.password";

    private static final String HBA = """
            # Jiqitong: the embedded server takes connections from this machine only, with the password in
            # <data directory>/postgres.password (generated at the first start).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private EmbeddedPassword() {
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".postgres-password-", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's own protection applies
        }
        Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /** Sets the password and closes the trust initdb opened; a no-op (but for the check) once done. */
    static void require(int port, Path pgData, String password) {
        Path hba = pgData.resolve("pg_hba.conf");
        try {
            boolean secured = Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
            Properties p = new Properties();
            p.setProperty("user", "postgres");
            p.setProperty("password", password);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p)) {
                if (!secured) {
                    try (var st = c.prepareStatement("ALTER ROLE postgres PASSWORD '" + password.replace("'", "") + "'")) {
                        st.execute();
                    }
                    Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                    try (var st = c.prepareStatement("SELECT pg_reload_conf()")) {
                        st.execute();
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL refused the password in " + pgData.getParent()
                    .resolve(FILE) + " (was the file replaced or lost? restore it from the backup of the data directory): "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

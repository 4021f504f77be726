package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Issue 13.2: the embedded PostgreSQL listens on 127.0.0.1 only and refuses a connection without the password that
 * was generated into the data directory (owner-only file); with it, it connects.
 */
class EmbeddedPasswordIntegrationTest extends IntegrationTest {

    @Autowired
    ObjectProvider<EmbeddedPostgres> embedded;
    @Value("${jiqitong.data-dir}")
    java.nio.file.Path dataDir;

    @Test
    void theEmbeddedServerWantsTheGeneratedPasswordAndListensOnLoopbackOnly() throws Exception {
        EmbeddedPostgres postgres = embedded.getIfAvailable();
        Assumptions.assumeTrue(postgres != null, "runs where the platform uses its embedded database");
        java.nio.file.Path file = dataDir.resolve("postgres.password");
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        Properties none = new Properties();
        none.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, none).close()).hasMessageContaining("password");
        Properties wrong = new Properties();
        wrong.setProperty("user", "postgres");
        wrong.setProperty("password", "not-" + password);
        assertThatThrownBy(() -> DriverManager.getConnection(url, wrong).close()).hasMessageContaining("password");
        Properties right = new Properties();
        right.setProperty("user", "postgres");
        right.setProperty("password", password);
        try (var c = DriverManager.getConnection(url, right); var st = c.createStatement();
                var rs = st.executeQuery("SHOW listen_addresses")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
        }
    }
}

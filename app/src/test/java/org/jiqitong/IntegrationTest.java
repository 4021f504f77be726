package org.jiqitong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application over real HTTP on a real PostgreSQL: the embedded one
 * in a fresh data directory, or the external one named by {@code SPRING_DATASOURCE_URL} (CI runs both).
 * One application context is shared by all subclasses; each test makes its own entities and accounts. The
 * platform's clock starts at {@link TestClock#START}, whatever the real date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    private static final Path DATA_DIR = tempDir();

    /** A real SMTP server for the whole test JVM (the application's mail goes here). */
    protected static final com.icegreen.greenmail.util.GreenMail SMTP = smtp();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("jiqitong.data-dir", DATA_DIR::toString);
        registry.add("jiqitong.clock.start", TestClock.START::toString);
        registry.add("jiqitong.embedded-db.durable", () -> "false"); // the tests' throw-away databases
        // a killed instance's jobs are failed within seconds, not the production minute
        registry.add("jiqitong.jobs.stale-after", () -> "PT3S");
        registry.add("jiqitong.jobs.heartbeat", () -> "PT1S");
        registry.add("jiqitong.jobs.reap", () -> "PT1S");
        registry.add("jiqitong.demo.enabled", () -> "true");
        registry.add("jiqitong.demo.entities", () -> "2000");
        registry.add("spring.thymeleaf.cache", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("jiqitong.mail.outbox-interval", () -> "PT0.5S");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private javax.sql.DataSource testDataSource;

    /**
     * The password of the database under test, for a JVM of its own started on it (as {@code SPRING_DATASOURCE_PASSWORD}):
     * the embedded server's generated one, or the external server's.
     */
    protected String databasePassword() {
        try {
            String password = testDataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getPassword();
            return password == null ? "" : password;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static com.icegreen.greenmail.util.GreenMail smtp() {
        var server = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "smtp"));
        server.start();
        return server;
    }

    /** Waits up to 20 s for {@code condition}, polling; fails with {@code what} if it never holds. */
    protected static void eventually(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened within 20 s: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Path tempDir() {
        return TempDirs.removedAtExit("jiqitong-test-");
    }
}

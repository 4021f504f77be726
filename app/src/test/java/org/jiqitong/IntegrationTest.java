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
 * One application context is shared by all subclasses; each test makes its own entities and accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    private static final Path DATA_DIR = tempDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("jiqitong.data-dir", DATA_DIR::toString);
        registry.add("jiqitong.demo.enabled", () -> "true");
        registry.add("jiqitong.demo.entities", () -> "2000");
        registry.add("spring.thymeleaf.cache", () -> "true");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("jiqitong-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

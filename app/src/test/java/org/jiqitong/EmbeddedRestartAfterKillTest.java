package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.2: the platform (and only the platform) killed with SIGKILL leaves its embedded PostgreSQL running on the
 * data directory; the next start stops it cleanly and comes up on the same data. The real application in JVMs of its
 * own, always on its embedded database.
 */
class EmbeddedRestartAfterKillTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPlatformKilledWithSigkillStartsAgainOnTheSameDataDirectory() throws Exception {
        Path data = org.jiqitong.TempDirs.removedAtExit("jiqitong-kill9-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process first = start(data, port, "first");
        try {
            awaitUp(first, port, 180);
            assertThat(entities(port)).as("demo data loaded").isPositive();
            first.destroyForcibly(); // SIGKILL to the JVM only
            first.waitFor(30, TimeUnit.SECONDS);
            long orphan = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("its PostgreSQL outlived it").hasValue(true);

            Process second = start(data, port, "second");
            try {
                awaitUp(second, port, 90);
                assertThat(entities(port)).as("the same data").isPositive();
                assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                        .as("the orphan was stopped").isFalse();
            } finally {
                second.destroy();
                second.waitFor(60, TimeUnit.SECONDS);
            }
        } finally {
            first.destroyForcibly();
        }
    }

    private Process start(Path data, int port, String name) throws Exception {
        return PlatformProcess.start("512m", data.resolve(name + ".log").toFile(), List.of("--server.port=" + port,
                "--jiqitong.data-dir=" + data, "--spring.datasource.url=", "--jiqitong.demo.enabled=true",
                "--jiqitong.demo.entities=300", "--logging.level.root=WARN"));
    }

    private void awaitUp(Process p, int port, int seconds) throws Exception {
        PlatformProcess.awaitUp(p, port, "/actuator/health", seconds);
    }

    private long entities(int port) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/entities?size=1")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("admin:jiqitong-demo".getBytes())).GET().build(), HttpResponse.BodyHandlers.ofString());
        var m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(r.body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}

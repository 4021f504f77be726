package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real application in a JVM of its own, for the tests that kill it or run two of it: started, awaited until
 * healthy, fed through its import API.
 */
final class PlatformProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PlatformProcess() {
    }

    /** Starts {@code JiqitongApplication} with the test's class path and the given arguments, its output to {@code log}. */
    static Process start(String maxHeap, File log, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-cp", System.getProperty("java.class.path"), "org.jiqitong.JiqitongApplication"));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Waits until {@code healthPath} answers 200 with "UP"; fails if the process dies or the time runs out. */
    static void awaitUp(Process p, int port, String healthPath, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            assertThat(p.isAlive()).as("the platform is running").isTrue();
            assertThat(System.nanoTime()).as("UP within " + seconds + " s").isLessThan(deadline);
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + healthPath)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
    }

    /** A port nobody listens on now. */
    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** {@code admin}'s HTTP Basic request to the instance. */
    static HttpRequest.Builder admin(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString("admin:jiqitong-demo".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Delivers a CSV file through {@code POST /api/v1/imports/{feed}} as admin; returns the job's path. */
    static String importFeed(int port, String feed, String source, Path csv) throws Exception {
        String boundary = "b" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n" + source + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + csv.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(java.nio.file.Files.readAllBytes(csv));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(admin(port, "/api/v1/imports/" + feed)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Waits (up to 180 s) until the job has SUCCEEDED; fails at once if it FAILED. */
    static void awaitJob(int port, String job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            String state = HTTP.send(admin(port, job).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (state.contains("\"SUCCEEDED\"")) {
                return;
            }
            assertThat(state).doesNotContain("\"FAILED\"");
            assertThat(System.nanoTime()).as("the job finishes").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}

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

/** The real application in a JVM of its own, for the tests that kill it: started, then awaited until healthy. */
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
}

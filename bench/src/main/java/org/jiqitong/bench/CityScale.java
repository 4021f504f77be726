package org.jiqitong.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiqitong.registry.DemoRegistry;

/**
 * The platform as a city runs it, measured end to end on the real jar: generate N entities, start the jar (embedded
 * PostgreSQL, demo accounts) with a fixed heap, deliver the four feeds through {@code POST /api/v1/imports} with a
 * personal API token (each a job, followed to its end), then measure registry search and an entity's matches over
 * HTTP, the process's RSS, and a restart to UP. Prints a table; exits non-zero when the platform dies or a delivery
 * fails. Usage: {@code CityScale [entities=300000] [xmx=1g] [port=18090] [check]}; with {@code check} (CI's scaled-down
 * run) it also exits non-zero when the registry search's p99 passes 300 ms or a restart takes 20 s or more.
 */
public final class CityScale {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ID = Pattern.compile("\"(?:jobId|id)\":(\\d+)");
    private static String base;
    private static String token;

    private CityScale() {
    }

    public static void main(String[] given) throws Exception {
        String[] args = given.length == 1 ? given[0].trim().split("\\s+") : given; // exec:exec passes one argument
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        String xmx = args.length > 1 ? args[1] : "1g";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 18090;
        base = "http://localhost:" + port;
        Path jar = Path.of("app/target/jiqitong-app-0.1.0-SNAPSHOT-exec.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            jar = Path.of("../app/target/jiqitong-app-0.1.0-SNAPSHOT-exec.jar").toAbsolutePath();
        }
        Path work = Files.createTempDirectory("jiqitong-city-");
        Path feeds = work.resolve("feeds");
        boolean check = args.length > 3 && args[3].equals("check");
        List<String> failures = new ArrayList<>();
        List<String[]> table = new ArrayList<>();

        long t = System.nanoTime();
        DemoRegistry.write(n, feeds, org.jiqitong.shared.ChinaTime.today(java.time.Clock.systemUTC()));
        table.add(row("generate " + String.format("%,d", n) + " entities (4 CSV files)", secs(t), ""));

        Process app = start(jar, work, xmx, port);
        t = System.nanoTime();
        awaitUp(app);
        table.add(row("first start to UP (initdb, 2,000 demo entities, seed library)", secs(t), ""));

        token = issueToken();
        for (String[] feed : new String[][] {{"entities", "AMR", "entities.csv"}, {"figures", "STATS", "figures.csv"},
            {"qualifications", "IIT", "qualifications.csv"}, {"qualifications", "AMR", "credit.csv"}}) {
            Path file = feeds.resolve(feed[2]);
            t = System.nanoTime();
            String job = deliver(feed[0], feed[1], file);
            String done = awaitJob(app, job);
            table.add(row("deliver " + feed[2] + " via API (" + String.format("%,d", Files.lines(file).count() - 1)
                    + " rows) to job SUCCEEDED", secs(t), field(done, "accepted") + " accepted, " + field(done, "rejected")
                    + " rejected"));
        }
        t = System.nanoTime();
        awaitReady(app);
        table.add(row("then until matching READY (bulk sweep after the deliveries)", secs(t), ""));
        table.add(row("RSS of the platform after the deliveries", "", rssMb(app) + " MiB (heap cap " + xmx + ")"));

        List<String> usccs = Files.lines(feeds.resolve("entities.csv")).skip(1).limit(50_000).map(l -> l.split(",")[0])
                .toList();
        List<String> names = Files.lines(feeds.resolve("entities.csv")).skip(1).limit(5_000)
                .map(l -> l.split(",")[1].substring(2, 4)).toList();
        for (String[] search : List.of(
                latency("registry search, 2-character name fragment", 300, 1, i -> "/api/v1/entities?q="
                        + enc(names.get(i % names.size()))),
                latency("registry search, USCC prefix (10 characters)", 300, 1, i -> "/api/v1/entities?q="
                        + usccs.get((i * 37) % usccs.size()).substring(0, 10)),
                latency("registry search, exact USCC", 300, 1, i -> "/api/v1/entities?q="
                        + usccs.get((i * 53) % usccs.size())))) {
            table.add(search);
            if (p99(search) >= 300) {
                failures.add(search[0] + ": p99 " + p99(search) + " ms (must stay under 300 ms)");
            }
        }
        table.add(latency("GET /api/v1/entities/{uscc}/matches, token, 64 connections", 3_000, 64,
                i -> "/api/v1/entities/" + usccs.get((i * 71) % usccs.size()) + "/matches"));

        app.destroy();
        app.waitFor();
        app = start(jar, work, xmx, port);
        t = System.nanoTime();
        awaitUp(app);
        double restart = (System.nanoTime() - t) / 1e9;
        table.add(row("restart to UP on the delivered city", secs(t), ""));
        if (restart >= 20) {
            failures.add(String.format("restart to UP took %.1f s (must be under 20 s)", restart));
        }
        t = System.nanoTime();
        awaitReady(app);
        table.add(row("restart: then until matching READY (kept state rebuilt in the background)", secs(t), ""));
        app.destroy();
        app.waitFor();

        System.out.printf("%n| %-78s | %10s | %-40s |%n|%s|%s|%s|%n", "what (" + String.format("%,d", n)
                + " entities, -Xmx" + xmx + ", 2 cores)", "s", "notes", "-".repeat(80), "-".repeat(12), "-".repeat(42));
        for (String[] r : table) {
            System.out.printf("| %-78s | %10s | %-40s |%n", r[0], r[1], r[2]);
        }
        System.out.println("data directory: " + work);
        if (check && !failures.isEmpty()) {
            failures.forEach(f -> System.out.println("FAILED: " + f));
            System.exit(1);
        }
    }

    private static double p99(String[] latencyRow) {
        Matcher m = Pattern.compile("p99 ([0-9.]+) ms").matcher(latencyRow[2]);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.MAX_VALUE;
    }

    private interface Path2Url {
        String of(int i);
    }

    private static String[] latency(String what, int requests, int connections, Path2Url url) throws Exception {
        for (int i = 0; i < Math.min(50, requests); i++) {
            get(url.of(i + 1_000_000));
        }
        long[] nanos = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            int k = i;
            all.add(pool.submit(() -> {
                long s = System.nanoTime();
                HttpResponse<String> r = get(url.of(k));
                nanos[k] = System.nanoTime() - s;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        return row(what, "", String.format("p50 %.1f ms, p99 %.1f ms, %.0f req/s", nanos[requests / 2] / 1e6,
                nanos[(int) (requests * 0.99)] / 1e6, requests / wall));
    }

    private static Process start(Path jar, Path work, String xmx, int port) throws IOException {
        return new ProcessBuilder("java", "-Xmx" + xmx, "-jar", jar.toString(), "--server.port=" + port,
                "--jiqitong.data-dir=" + work.resolve("data"), "--jiqitong.demo.entities=2000")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()))
                .start();
    }

    private static void awaitUp(Process app) throws Exception {
        while (true) {
            alive(app);
            try {
                if (get("/actuator/health").body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
    }

    private static void awaitReady(Process app) throws Exception {
        Thread.sleep(1000); // a bulk sweep queued behind the last delivery starts
        while (!get("/actuator/health/readiness").body().contains("\"READY\"")) {
            alive(app);
            Thread.sleep(200);
        }
    }

    private static String issueToken() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:jiqitong-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"city-scale bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private static String deliver(String feed, String source, Path file) throws Exception {
        String boundary = "----city" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n" + source + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + feed))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("delivery refused: " + r.statusCode() + " " + r.body());
        }
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String awaitJob(Process app, String job) throws Exception {
        while (true) {
            alive(app);
            String body = get(job).body();
            if (body.contains("\"state\":\"SUCCEEDED\"")) {
                return body;
            }
            if (body.contains("\"state\":\"FAILED\"")) {
                throw new IllegalStateException("job failed: " + body);
            }
            Thread.sleep(250);
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void alive(Process app) {
        if (!app.isAlive()) {
            throw new IllegalStateException("the platform died (exit " + app.exitValue() + "); see its app.log");
        }
    }

    private static long rssMb(Process app) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + app.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String secs(long start) {
        return String.format("%.1f", (System.nanoTime() - start) / 1e9);
    }

    private static String[] row(String what, String seconds, String notes) {
        return new String[] {what, seconds, notes};
    }
}

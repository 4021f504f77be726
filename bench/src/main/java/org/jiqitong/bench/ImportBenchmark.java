package org.jiqitong.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiqitong.JiqitongApplication;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.ImportResult;
import org.jiqitong.registry.Registry;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Registry import against {@code psql \copy} of the same CSV files into plain tables, on the same embedded
 * PostgreSQL, in one run. Prints a table. Usage: ImportBenchmark [count] (default 1,500,000).
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
        Path work = Files.createTempDirectory("jiqitong-bench-");
        Path feeds = work.resolve("feeds");
        long t0 = System.nanoTime();
        DemoRegistry.write(count, feeds, org.jiqitong.shared.ChinaTime.today(java.time.Clock.systemUTC()));
        System.out.printf("generated %,d entities in %.1f s into %s%n", count, secs(t0), feeds);

        ConfigurableApplicationContext app = new SpringApplicationBuilder(JiqitongApplication.class)
                .web(WebApplicationType.NONE)
                .run("--jiqitong.data-dir=" + work.resolve("data"), "--jiqitong.demo.enabled=false",
                        "--logging.level.root=WARN", "--logging.level.org.jiqitong.registry.internal.ImportPipeline=INFO");
        try {
            Registry registry = app.getBean(Registry.class);
            int port = app.getBean(EmbeddedPostgres.class).getPort();
            password = Files.readString(work.resolve("data").resolve("postgres.password")).strip();
            System.out.println("embedded PostgreSQL on port " + port);
            Path entities = feeds.resolve("entities.csv");
            Path figures = feeds.resolve("figures.csv");
            long entityRows = lines(entities) - 1;
            long figureRows = lines(figures) - 1;
            psql(port, "CREATE TABLE plain_entities (uscc text, name text, entity_type text, district_code text, "
                    + "industry_code text, established_on text, registered_capital_yuan text, status text, listed text, "
                    + "legal_representative text, address text, functional_zone text); "
                    + "CREATE TABLE plain_figures (uscc text, year text, employees text, revenue_yuan text, "
                    + "total_assets_yuan text, tax_yuan text, rnd_yuan text);");

            List<String[]> rows = new ArrayList<>();
            double copyE = timed(() -> psql(port, "\\copy plain_entities FROM '" + entities + "' WITH (FORMAT csv, HEADER true)"));
            double copyF = timed(() -> psql(port, "\\copy plain_figures FROM '" + figures + "' WITH (FORMAT csv, HEADER true)"));
            rows.add(row("psql \\copy (plain tables, run 1)", entityRows, copyE, figureRows, copyF));

            long heapBefore = usedHeap();
            resetPeaks();
            double[] ours = new double[2];
            ImportResult[] results = new ImportResult[2];
            ours[0] = timed(() -> results[0] = load(registry, Feed.ENTITIES, "AMR", entities));
            ours[1] = timed(() -> results[1] = load(registry, Feed.FIGURES, "STATS", figures));
            long peakHeap = peakHeap();
            rows.add(row("Jiqitong import (validate, stage, merge, size class)", results[0].accepted(), ours[0],
                    results[1].accepted(), ours[1]));

            double againE = timed(() -> load(registry, Feed.ENTITIES, "AMR", entities));
            double againF = timed(() -> load(registry, Feed.FIGURES, "STATS", figures));
            rows.add(row("Jiqitong re-import of the same files (no-op)", entityRows, againE, figureRows, againF));

            psql(port, "TRUNCATE plain_entities, plain_figures");
            double copyE2 = timed(() -> psql(port, "\\copy plain_entities FROM '" + entities + "' WITH (FORMAT csv, HEADER true)"));
            double copyF2 = timed(() -> psql(port, "\\copy plain_figures FROM '" + figures + "' WITH (FORMAT csv, HEADER true)"));
            rows.add(row("psql \\copy (plain tables, run 2)", entityRows, copyE2, figureRows, copyF2));

            double baseline = Math.min(copyE + copyF, copyE2 + copyF2);
            System.out.println();
            System.out.printf("| %-52s | %12s | %9s | %12s | %9s | %9s |%n", "what", "entity rows", "s", "figure rows", "s", "total s");
            System.out.println("|" + "-".repeat(54) + "|" + "-".repeat(14) + "|" + "-".repeat(11) + "|" + "-".repeat(14)
                    + "|" + "-".repeat(11) + "|" + "-".repeat(11) + "|");
            for (String[] r : rows) {
                System.out.printf("| %-52s | %12s | %9s | %12s | %9s | %9s |%n", (Object[]) r);
            }
            System.out.printf("%nratio (first import / best psql \\copy): %.2f×   target ≤ 2×%n", (ours[0] + ours[1]) / baseline);
            System.out.printf("heap used before import %d MiB, peak heap during import %d MiB (max heap %d MiB)%n",
                    heapBefore >> 20, peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("entities rejected %d, figures rejected %d%n", results[0].rejected(), results[1].rejected());
        } finally {
            app.close();
        }
    }

    private static ImportResult load(Registry registry, Feed feed, String source, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return registry.importFeed(new ImportRequest(feed, source, ImportRequest.Channel.CLI, file.getFileName().toString(),
                    "bench"), in, Files.size(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The embedded server's generated password (its data directory's postgres.password). */
    private static String password;

    private static void psql(int port, String command) {
        try {
            ProcessBuilder b = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres",
                    "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q", "-c", command).inheritIO();
            b.environment().put("PGPASSWORD", password);
            Process p = b.start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("psql failed: " + command);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("psql is needed for the baseline (apt-get install postgresql-client)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String[] row(String what, long entityRows, double entitySecs, long figureRows, double figureSecs) {
        return new String[] {what, String.format("%,d", entityRows), String.format("%.2f", entitySecs),
            String.format("%,d", figureRows), String.format("%.2f", figureSecs), String.format("%.2f", entitySecs + figureSecs)};
    }

    private static double timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return secs(t);
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long lines(Path file) throws java.io.IOException {
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }

    private static long usedHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

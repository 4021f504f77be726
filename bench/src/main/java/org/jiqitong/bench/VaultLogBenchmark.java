package org.jiqitong.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jiqitong.JiqitongApplication;
import org.jiqitong.vault.LogCommands;
import org.jiqitong.vault.internal.LogEntries;
import org.jiqitong.vault.internal.VaultLog;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault's log at size: appends inside transactions (batches of 1,000 entries, and one entry per transaction),
 * inclusion proofs at random indexes (one query for their nodes each), storage per leaf, and {@code verify-log} over
 * the whole log through the real HTTP API — beside a peer in the same run: a plain INSERT of the same bytes into a
 * table with no tree. Usage: VaultLogBenchmark [leaves] (default 1,000,000). Prints a table.
 */
public final class VaultLogBenchmark {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("jiqitong-vault-bench-");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(JiqitongApplication.class)
                .run("--jiqitong.data-dir=" + work.resolve("data"), "--jiqitong.demo.enabled=false", "--server.port=0",
                        "--logging.level.root=WARN");
        try {
            VaultLog log = app.getBean(VaultLog.class);
            TransactionTemplate tx = app.getBean(TransactionTemplate.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<String[]> rows = new ArrayList<>();

            jdbc.sql("CREATE TABLE bench_plain (idx bigint PRIMARY KEY, leaf_input bytea NOT NULL, at timestamptz NOT NULL)")
                    .update();
            long t0 = System.nanoTime();
            for (int from = 0; from < n; from += 1000) {
                List<Object[]> batch = new ArrayList<>();
                for (int i = from; i < Math.min(n, from + 1000); i++) {
                    batch.add(new Object[] {(long) i, entry(i), java.time.OffsetDateTime.now()});
                }
                tx.executeWithoutResult(s -> app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                        .batchUpdate("INSERT INTO bench_plain VALUES (?, ?, ?)", batch));
            }
            double plain = secs(t0);
            rows.add(new String[] {"peer: plain INSERT of the same entries, 1,000 per transaction (no tree)",
                    String.format("%,.0f /s", n / plain), String.format("%.1f s for %,d", plain, n)});

            t0 = System.nanoTime();
            for (int from = 0; from < n; from += 1000) {
                List<byte[]> batch = new ArrayList<>();
                for (int i = from; i < Math.min(n, from + 1000); i++) {
                    batch.add(entry(i));
                }
                tx.executeWithoutResult(s -> log.appendAll(batch));
            }
            double batched = secs(t0);
            rows.add(new String[] {"ours: appends, 1,000 per transaction (leaf, completed subtrees, head lock)",
                    String.format("%,.0f /s", n / batched), String.format("%.1f s for %,d", batched, n)});

            int single = 2_000;
            t0 = System.nanoTime();
            for (int i = 0; i < single; i++) {
                byte[] e = entry(n + i);
                tx.executeWithoutResult(s -> log.append(e));
            }
            double one = secs(t0);
            rows.add(new String[] {"ours: appends, one per transaction (as a grant or a read writes it)",
                    String.format("%,.0f /s", single / one), String.format("%,d in %.1f s", single, one)});

            long size = log.size();
            Random random = new Random(7);
            long[] nanos = new long[2_000];
            for (int i = 0; i < nanos.length; i++) {
                long index = (long) (random.nextDouble() * size);
                long s = System.nanoTime();
                log.withNodes(t -> t.inclusion(index, size));
                nanos[i] = System.nanoTime() - s;
            }
            Arrays.sort(nanos);
            rows.add(new String[] {"ours: inclusion proof at a random index (nodes in one query)",
                    String.format("p50 %.2f ms", nanos[nanos.length / 2] / 1e6),
                    String.format("p99 %.2f ms (tree of %,d)", nanos[(int) (nanos.length * 0.99)] / 1e6, size)});

            long entryBytes = jdbc.sql("SELECT pg_total_relation_size('vault_log_entry')").query(Long.class).single();
            long nodeBytes = jdbc.sql("SELECT pg_total_relation_size('vault_log_node')").query(Long.class).single();
            long plainBytes = jdbc.sql("SELECT pg_total_relation_size('bench_plain')").query(Long.class).single();
            rows.add(new String[] {"storage per leaf: entries + subtree hashes (with indexes)",
                    String.format("%.0f B", (entryBytes + nodeBytes) / (double) size),
                    String.format("entries %.0f B, nodes %.0f B; peer %.0f B", entryBytes / (double) size,
                            nodeBytes / (double) size, plainBytes / (double) n)});

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t0 = System.nanoTime();
            int code = new LogCommands("http://localhost:" + port, new PrintStream(out, true, StandardCharsets.UTF_8))
                    .verify(null);
            double verify = secs(t0);
            rows.add(new String[] {"verify-log over HTTP: signature, every entry, root recomputed",
                    String.format("%.1f s", verify), (code == 0 ? "OK" : "FAILED") + String.format(", %,d entries", size)});

            System.out.printf("%nVault log, %s, %d cores%n", Instant.now(), Runtime.getRuntime().availableProcessors());
            for (String[] r : rows) {
                System.out.printf("| %-76s | %14s | %-44s |%n", r[0], r[1], r[2]);
            }
        } finally {
            app.close();
        }
    }

    private static byte[] entry(int i) {
        return LogEntries.of("READ", Instant.parse("2026-12-01T00:00:00Z"), "grant", i / 7, "document", i,
                "department", "IIT");
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}

package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiqitong.PlatformProcess.awaitJob;
import static org.jiqitong.PlatformProcess.freePort;
import static org.jiqitong.PlatformProcess.importFeed;
import static org.jiqitong.Sql.single;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: two JVMs of the platform on one PostgreSQL (A's embedded server; B connects to it as to an external one),
 * ports of their own. An item published through B is swept once, each newly eligible enterprise told once; an import
 * through A reaches B's reach list within five seconds of A's commit; no change is recorded twice.
 */
class TwoInstancesTest {

    private static final String PASSWORD = "jiqitong-demo";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoInstancesShareTheResultsAndTellEachEnterpriseOnce() throws Exception {
        Path root = TempDirs.removedAtExit("jiqitong-two-");
        int portA = freePort();
        int portB = freePort();
        int dbPort = freePort();
        Path feeds = root.resolve("feeds");
        DemoRegistry.write(600, feeds, TestClock.TODAY); // the first 300 are A's demo registry, the rest are new

        Process a = PlatformProcess.start("768m", root.resolve("a.log").toFile(), List.of("--server.port=" + portA,
                "--jiqitong.data-dir=" + root.resolve("a"), "--spring.datasource.url=",
                "--jiqitong.embedded-db.port=" + dbPort, "--jiqitong.embedded-db.durable=false",
                "--jiqitong.clock.start=" + TestClock.START, "--jiqitong.demo.enabled=true",
                "--jiqitong.demo.entities=300", "--jiqitong.jobs.reap=PT1S", "--logging.level.root=WARN"));
        Process b = null;
        try {
            PlatformProcess.awaitUp(a, portA, "/actuator/health/readiness", 240);
            String password = Files.readString(root.resolve("a").resolve("postgres.password")).strip();
            ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                    "org.jiqitong.JiqitongApplication", "--server.port=" + portB, "--jiqitong.data-dir=" + root.resolve("b"),
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                    "--spring.datasource.username=postgres", "--jiqitong.clock.start=" + TestClock.START,
                    "--jiqitong.jobs.reap=PT1S", "--logging.level.root=WARN")).redirectErrorStream(true).redirectOutput(root.resolve("b.log").toFile());
            pb.environment().put("SPRING_DATASOURCE_PASSWORD", password);
            b = pb.start();
            PlatformProcess.awaitUp(b, portB, "/actuator/health/readiness", 240);
            long runsBefore = runs(portA) + runs(portB);
            long since = System.nanoTime();
            try (Connection db = Sql.connect(dbPort, password)) {
                // a new item, broad (every active entity), published through B's pages
                long item = OfficerJourney.publish(portB, false);
                long eligible = eventually(db, "B swept the item", () -> single(db,
                        "SELECT eligible_count FROM matching_result WHERE item_id = " + item));
                assertThat(eligible).as("the new item reaches the active entities").isGreaterThan(200);
                assertThat(single(db, "SELECT count(*) FROM job WHERE kind = 'SWEEP_ITEM' AND subject LIKE 'item-" + item
                        + "-%'")).as("swept once in the cluster").isEqualTo(1);
                eventually(db, "each newly eligible enterprise told", () -> single(db,
                        "SELECT count(*) FROM notification_message WHERE item_id = " + item) == eligible ? 1L : null);
                assertThat(single(db, "SELECT count(DISTINCT uscc) FROM notification_message WHERE item_id = " + item))
                        .as("once").isEqualTo(eligible);

                // an import through A: B's reach list of the item shows the new entities within 5 s of A's commit
                String fresh = Files.readAllLines(feeds.resolve("entities.csv")).stream().skip(1)
                        .filter(l -> l.contains(",存续,")).skip(450).findFirst().orElseThrow().split(",")[0];
                awaitJob(portA, importFeed(portA, "entities", "AMR", feeds.resolve("entities.csv")));
                eventually(db, "A recorded the new entity's verdict", () -> single(db, "SELECT count(*) FROM matching_change"
                        + " WHERE item_id = " + item + " AND uscc = '" + fresh + "' AND new_verdict = 'ELIGIBLE'") == 1 ? 1L : null);
                long committed = System.nanoTime();
                Http adminOnB = Http.anonymous(portB);
                adminOnB.formLogin("admin", PASSWORD);
                while (!adminOnB.get("/reach/items/" + item + "/export.csv").body().contains(fresh)) {
                    assertThat(System.nanoTime() - committed).as("B's reach list follows A within 5 s")
                            .isLessThan(TimeUnit.SECONDS.toNanos(5));
                    Thread.sleep(100);
                }
                eventually(db, "the new entities told", () -> single(db, "SELECT count(*) FROM notification_message"
                        + " WHERE item_id = " + item + " AND uscc = '" + fresh + "'") > 0 ? 1L : null);

                // a second item through B: B's population is behind A's import, so B sweeps the whole registry again
                // first — and records only the second item's changes, none that A recorded
                Thread.sleep(2_000); // A's re-matches of the delivery settle
                long changesBefore = single(db, "SELECT count(*) FROM matching_change");
                long second = OfficerJourney.publish(portB, false);
                long reached = eventually(db, "B swept the second item", () -> single(db,
                        "SELECT eligible_count FROM matching_result WHERE item_id = " + second));
                eventually(db, "its changes recorded", () -> single(db, "SELECT count(*) FROM matching_pending_diff") == 0
                        && single(db, "SELECT count(*) FROM matching_change WHERE item_id = " + second) == reached ? 1L : null);
                assertThat(single(db, "SELECT count(*) FROM matching_change") - changesBefore)
                        .as("B's catch-up sweep recorded nothing A had recorded").isEqualTo(reached);
                assertThat(single(db, "SELECT count(*) FROM (SELECT uscc, item_id, version_id, new_verdict FROM matching_change"
                        + " GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) d")).as("no change recorded twice").isZero();
                eventually(db, "the second item's enterprises told", () -> single(db,
                        "SELECT count(*) FROM notification_message WHERE item_id = " + second) == reached ? 1L : null);
                assertThat(single(db, "SELECT count(*) FROM (SELECT uscc, item_id FROM notification_message"
                        + " WHERE item_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d")).as("no enterprise told twice")
                        .isZero();
            }
            // a scheduled job, due every second on both instances, ran once per period of its lock (5 s) in the cluster
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
            long ran = runs(portA) + runs(portB) - runsBefore;
            System.out.printf("the reaper ran %d times in %d s across both instances%n", ran, seconds);
            assertThat(ran).as("once per lock period across both, not once per second per instance")
                    .isPositive().isLessThanOrEqualTo(seconds / 5 + 2);
        } finally {
            if (b != null) {
                b.destroy();
                b.waitFor(60, TimeUnit.SECONDS);
            }
            a.destroy();
            a.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private interface Query {
        Long get() throws Exception;
    }

    /** Polls until the query gives a value (not null, not 0); returns it. */
    private static long eventually(Connection db, String what, Query q) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            Long v;
            try {
                v = q.get();
            } catch (java.sql.SQLException e) {
                v = null; // the row is not there yet
            }
            if (v != null && v != 0) {
                return v;
            }
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** This instance's count of the abandoned-job reaper's runs, from its Prometheus metrics. */
    private long runs(int port) throws Exception {
        String metrics = http.send(PlatformProcess.admin(port, "/actuator/prometheus").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "jiqitong_scheduled_runs_total\\{[^}]*job=\"jobs-fail-abandoned\"[^}]*\\} ([0-9.E+]+)").matcher(metrics);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

}

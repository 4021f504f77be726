package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiqitong.PlatformProcess.awaitJob;
import static org.jiqitong.PlatformProcess.freePort;
import static org.jiqitong.PlatformProcess.importFeed;
import static org.jiqitong.Sql.single;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.10: a bulk delivery of 政策找人 messages killed half-way (SIGKILL of the platform, not a graceful stop) is
 * finished after the restart — the incomplete event publication is submitted again, the delivery resumes from its
 * committed cursor — and every newly eligible enterprise gets its message exactly once. The real application in JVMs
 * of its own, on its embedded database; 12,000 demo entities, so that a registry delivery is a bulk one.
 */
class BulkDeliveryKillTest {

    private static final int ENTITIES = 12_000;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBulkDeliveryKilledHalfWayIsFinishedAfterTheRestartWithEachMessageOnce() throws Exception {
        Path data = org.jiqitong.TempDirs.removedAtExit("jiqitong-bulk-kill-");
        int port = freePort();
        int dbPort = freePort();
        Path feeds = data.resolve("feeds");
        DemoRegistry.write(ENTITIES, feeds, TestClock.TODAY);
        List<String> rows = Files.readAllLines(feeds.resolve("entities.csv"), StandardCharsets.UTF_8);
        Path cancelled = data.resolve("cancelled.csv");
        Path active = data.resolve("active.csv");
        Files.write(cancelled, withStatus(rows, "注销"), StandardCharsets.UTF_8);
        Files.write(active, withStatus(rows, "存续"), StandardCharsets.UTF_8);

        Process first = start(data, port, dbPort, "first");
        try {
            awaitUp(first, port, 240);
            Connection db = Sql.connect(dbPort, Files.readString(data.resolve("postgres.password")).strip());
            try {
                // every entity cancelled (a bulk delivery: verdicts fall, no message), then active again: ~ every
                // eligible pair is newly eligible at once, a bulk delivery of messages
                long start = single(db, "SELECT coalesce(max(id), 0) FROM matching_change");
                awaitJob(port, importFeed(port, "entities", "AMR", cancelled));
                long before = settled(db, start); // its sweep (a job of its own) recorded the falls and delivered them
                awaitJob(port, importFeed(port, "entities", "AMR", active));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (single(db, "SELECT count(*) FROM notification_bulk_progress p WHERE first_change_id > " + before
                        + " AND delivered > 0 AND next_change_id <= last_change_id AND EXISTS (SELECT 1 FROM matching_change c"
                        + " WHERE c.id BETWEEN p.first_change_id AND p.last_change_id AND c.new_verdict = 'ELIGIBLE')") == 0) {
                    assertThat(System.nanoTime()).as("a bulk delivery under way").isLessThan(deadline);
                    Thread.sleep(10);
                }
                first.destroyForcibly(); // SIGKILL, half-way
                first.waitFor(30, TimeUnit.SECONDS);
                long firstId = single(db, "SELECT min(first_change_id) FROM notification_bulk_progress WHERE first_change_id > "
                        + before);
                long lastId = single(db, "SELECT max(last_change_id) FROM notification_bulk_progress WHERE first_change_id > "
                        + before);
                long sentBefore = messages(db, firstId, lastId);
                long newlyEligible = single(db, "SELECT count(*) FROM matching_change WHERE id BETWEEN " + firstId + " AND "
                        + lastId + " AND new_verdict = 'ELIGIBLE' AND old_verdict IS DISTINCT FROM 'ELIGIBLE'");
                assertThat(newlyEligible).as("a delivery of thousands").isGreaterThan(10_000);
                assertThat(sentBefore).as("killed half-way").isPositive().isLessThan(newlyEligible);
                System.out.printf("bulk delivery killed after %,d of %,d messages%n", sentBefore, newlyEligible);

                db.close(); // the platform is the database's only client (the next start ends any other session)
                Process second = start(data, port, dbPort, "second");
                try {
                    awaitUp(second, port, 120);
                    db = Sql.connect(dbPort, Files.readString(data.resolve("postgres.password")).strip());
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                    while (single(db, "SELECT count(*) FROM notification_bulk_progress WHERE first_change_id > " + before
                            + " AND next_change_id <= last_change_id") > 0) {
                        assertThat(System.nanoTime()).as("the delivery is finished after the restart").isLessThan(until);
                        Thread.sleep(200);
                    }
                    assertThat(messages(db, firstId, lastId)).as("each newly eligible enterprise told")
                            .isEqualTo(newlyEligible);
                    assertThat(single(db, "SELECT count(*) FROM (SELECT uscc, item_id FROM notification_message WHERE change_id"
                            + " BETWEEN " + firstId + " AND " + lastId + " GROUP BY uscc, item_id HAVING count(*) > 1) d"))
                            .as("and only once").isZero();
                } finally {
                    second.destroy();
                    second.waitFor(60, TimeUnit.SECONDS);
                }
            } finally {
                db.close();
            }
        } finally {
            first.destroyForcibly();
        }
    }

    /** Waits until changes after {@code after} were recorded, stopped growing and every bulk delivery is complete. */
    private static long settled(Connection db, long after) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        long last = -1;
        int quiet = 0;
        while (quiet < 10) {
            assertThat(System.nanoTime()).as("the sweep after the delivery settles").isLessThan(deadline);
            Thread.sleep(200);
            long max = single(db, "SELECT coalesce(max(id), 0) FROM matching_change");
            boolean open = single(db, "SELECT count(*) FROM notification_bulk_progress WHERE next_change_id <= last_change_id") > 0;
            quiet = max > after && max == last && !open ? quiet + 1 : 0;
            last = max;
        }
        return last;
    }

    private static List<String> withStatus(List<String> rows, String status) {
        List<String> header = List.of(rows.get(0).split(",", -1));
        int column = header.indexOf("status");
        List<String> out = new ArrayList<>();
        out.add(rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells).hasSameSizeAs(header.toArray());
            cells[column] = status;
            out.add(String.join(",", cells));
        }
        return out;
    }

    private static long messages(Connection db, long first, long last) throws Exception {
        return single(db, "SELECT count(*) FROM notification_message WHERE change_id BETWEEN " + first + " AND " + last);
    }

    private Process start(Path data, int port, int dbPort, String name) throws Exception {
        return PlatformProcess.start("1g", data.resolve(name + ".log").toFile(), List.of("--server.port=" + port,
                "--jiqitong.data-dir=" + data, "--spring.datasource.url=", "--jiqitong.embedded-db.port=" + dbPort,
                "--jiqitong.embedded-db.durable=false", "--jiqitong.clock.start=" + TestClock.START,
                "--jiqitong.demo.enabled=true", "--jiqitong.demo.entities=" + ENTITIES, "--logging.level.root=WARN"));
    }

    private void awaitUp(Process p, int port, int seconds) throws Exception {
        PlatformProcess.awaitUp(p, port, "/actuator/health/readiness", seconds);
    }
}

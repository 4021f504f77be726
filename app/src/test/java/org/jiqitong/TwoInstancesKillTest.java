package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiqitong.PlatformProcess.freePort;
import static org.jiqitong.Sql.single;
import static org.jiqitong.Sql.text;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: two instances on one PostgreSQL of their own (started by the test, so killing an instance leaves the
 * database up). Instance A is killed with SIGKILL in the middle of a 免申即享 snapshot job: B fails the job visibly
 * with the reason and nothing of the batch remains; the officer takes the snapshot again on B; A's restart delivers
 * the events it left incomplete, and no enterprise is told twice.
 */
class TwoInstancesKillTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Test
    void aSnapshotWhoseInstanceIsKilledIsFailedVisiblyByTheOtherAndTakenAgain() throws Exception {
        Path root = TempDirs.removedAtExit("jiqitong-two-kill-");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(root.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            int portA = freePort();
            int portB = freePort();
            List<String> a = instance(url, portA, root.resolve("a"), "--jiqitong.demo.enabled=true",
                    "--jiqitong.demo.entities=12000", "--jiqitong.no-application.pause-between-batches=PT0.4S");
            Process first = PlatformProcess.start("768m", root.resolve("a.log").toFile(), a);
            Process b = null;
            Process again = null;
            try (Connection db = pg.getPostgresDatabase().getConnection()) {
                PlatformProcess.awaitUp(first, portA, "/actuator/health/readiness", 240);
                b = PlatformProcess.start("768m", root.resolve("b.log").toFile(), instance(url, portB, root.resolve("b"),
                        "--jiqitong.jobs.reap=PT1S", "--jiqitong.jobs.stale-after=PT3S"));
                PlatformProcess.awaitUp(b, portB, "/actuator/health/readiness", 240);

                long item = OfficerJourney.publish(portB, true);
                long eligible = until(db, "the item swept and its changes recorded", "SELECT CASE WHEN NOT EXISTS"
                        + " (SELECT 1 FROM matching_pending_diff) THEN eligible_count END FROM matching_result WHERE item_id = "
                        + item);
                assertThat(eligible).as("a list of thousands: several batches of 2,000").isGreaterThan(6_000);

                Http officerOnA = Http.anonymous(portA);
                officerOnA.formLogin("officer", PASSWORD);
                String started = officerOnA.postForm("/no-application/items/" + item + "/batches", Map.of(),
                        officerOnA.csrfToken("/no-application")).headers().firstValue("Location").orElseThrow();
                long job = Long.parseLong(started.replaceAll(".*/no-application/jobs/(\\d+).*", "$1"));
                long written = until(db, "the snapshot is writing its list", "SELECT CASE WHEN state = 'RUNNING' AND done > 0"
                        + " THEN done END FROM job WHERE id = " + job);
                first.destroyForcibly(); // SIGKILL, mid-snapshot
                assertThat(written).as("killed half-way").isLessThan(eligible);
                System.out.printf("snapshot killed after %,d of %,d lines%n", written, eligible);
                first.waitFor(30, TimeUnit.SECONDS);

                until(db, "B fails the job of the dead instance", "SELECT CASE WHEN state = 'FAILED' THEN 1 END FROM job"
                        + " WHERE id = " + job);
                assertThat(text(db, "SELECT error FROM job WHERE id = " + job)).contains("实例已停止");
                assertThat(single(db, "SELECT count(*) FROM no_application_batch WHERE item_id = " + item))
                        .as("nothing of the interrupted batch remains").isZero();

                Http officerOnB = Http.anonymous(portB);
                officerOnB.formLogin("officer", PASSWORD);
                String retried = officerOnB.postForm("/no-application/items/" + item + "/batches", Map.of(),
                        officerOnB.csrfToken("/no-application")).headers().firstValue("Location").orElseThrow();
                long second = Long.parseLong(retried.replaceAll(".*/no-application/jobs/(\\d+).*", "$1"));
                until(db, "taken again on B", "SELECT CASE WHEN state = 'SUCCEEDED' THEN 1 END FROM job WHERE id = " + second);
                assertThat(single(db, "SELECT count(*) FROM no_application_line l JOIN no_application_batch b"
                        + " ON b.id = l.batch_id WHERE b.item_id = " + item)).as("the whole list, once").isEqualTo(eligible);

                again = PlatformProcess.start("768m", root.resolve("a2.log").toFile(), a);
                PlatformProcess.awaitUp(again, portA, "/actuator/health/readiness", 240);
                until(db, "A's restart delivered the events it left incomplete", "SELECT CASE WHEN count(*) = 0 THEN 1 END"
                        + " FROM event_publication WHERE completion_date IS NULL");
                assertThat(single(db, "SELECT count(*) FROM (SELECT uscc, item_id FROM notification_message"
                        + " WHERE item_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d")).as("no enterprise told twice")
                        .isZero();
                assertThat(single(db, "SELECT count(*) FROM notification_message WHERE item_id = " + item))
                        .as("each eligible enterprise told of the item").isEqualTo(eligible);
            } finally {
                for (Process p : new Process[] {again, b, first}) {
                    if (p != null && p.isAlive()) {
                        p.destroy();
                        p.waitFor(60, TimeUnit.SECONDS);
                    }
                }
            }
        }
    }

    private static List<String> instance(String url, int port, Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--jiqitong.data-dir=" + data,
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--jiqitong.clock.start=" + TestClock.START,
                "--jiqitong.jobs.heartbeat=PT1S", "--logging.level.root=WARN"));
        args.addAll(List.of(more));
        return args;
    }

    /** Polls the query until it gives a value that is not null and not 0; returns it. */
    private static long until(Connection db, String what, String sql) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
                if (rs.next()) {
                    long v = rs.getLong(1);
                    if (!rs.wasNull() && v != 0) {
                        return v;
                    }
                }
            }
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

}

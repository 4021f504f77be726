package org.jiqitong.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A payout batch is paid by a separate JVM (the real {@code pay} command on the same database), which this test
 * kills with SIGKILL in the middle of the batch; a second run finishes it. Every application ends paid exactly
 * once, none is lost.
 */
class PayoutCrashIntegrationTest extends IntegrationTest {

    private static final int LINES = 6;

    @Autowired
    Redemption redemption;
    @Autowired
    org.jiqitong.redemption.Materials materials;
    @Autowired
    org.jiqitong.redemption.Intake intake;
    @Autowired
    org.jiqitong.redemption.Notices notices;
    @Autowired
    org.jiqitong.redemption.Review review;
    @Autowired
    Payouts payouts;
    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    Supervision supervision;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aBatchKilledHalfWayIsFinishedByRunningItAgainAndPaysEachApplicationOnce() throws Exception {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(断电测试)" + System.nanoTime(), null, null, null);
        CurrentUser clerk = TestItems.staff("clerk", Role.CLERK, "SERVICE");
        CurrentUser reviewer = TestItems.staff("reviewer", Role.REVIEWER, "IIT");
        CurrentUser finance = TestItems.staff("finance", Role.FINANCE, "FIN");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String uscc = TestUsccs.next();
            TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南断电测试科技有限公司"));
            CurrentUser me = TestItems.enterprise(uscc);
            ApplicationView a = redemption.start(item.itemId(), me);
            redemption.saveDraft(a.id(), Map.of("contact_person", "王", "contact_phone", "1"), me);
            materials.attach(a.id(), "营业执照", "l.pdf", new ByteArrayInputStream(RedemptionIntegrationTest.PDF), me);
            redemption.submit(a.id(), true, me);
            intake.accept(a.id(), false, null, clerk);
            review.approve(a.id(), 1_000_000L, null, reviewer);
            redemption.confirmBank(a.id(), "济南断电测试科技有限公司", "中国银行", "6222021602001234567", me);
            ids.add(a.id());
        }
        notices.closeNotices(supervision.today().plusDays(30));
        long batch = payouts.createBatch(finance).batchId();
        assertThat(payouts.lines(batch, finance)).hasSize(LINES);

        Process first = pay(batch, 1500);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (paid(batch) < 2) {
            assertThat(first.isAlive()).as("the payer died before it was killed: " + output(first)).isTrue();
            assertThat(System.nanoTime()).as("two lines paid within 120 s").isLessThan(deadline);
            Thread.sleep(100);
        }
        first.destroyForcibly(); // SIGKILL, mid-batch
        first.waitFor(30, TimeUnit.SECONDS);
        int afterCrash = paid(batch);
        assertThat(afterCrash).as("killed in the middle").isBetween(2, LINES - 1);

        Process second = pay(batch, 0);
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the second run ends").isTrue();
        assertThat(second.exitValue()).as(output(second)).isZero();
        assertThat(paid(batch)).isEqualTo(LINES);
        for (long id : ids) {
            assertThat(redemption.get(id, finance).status()).isEqualTo(ApplicationStatus.PAID);
            assertThat(jdbc.sql("SELECT count(*) FROM redemption_event WHERE application_id = ? AND action = 'PAID'")
                    .param(id).query(Long.class).single()).as("paid once: application %d", id).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT count(*) FROM payout_line WHERE application_id = ?").param(id)
                    .query(Long.class).single()).isEqualTo(1L);
        }
    }

    private int paid(long batch) {
        return jdbc.sql("SELECT count(*) FROM payout_line WHERE batch_id = ? AND state = 'PAID'").param(batch)
                .query(Integer.class).single();
    }

    /** The real command in its own JVM, on this test's database. */
    private Process pay(long batch, long pauseMs) throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        Path dataDir = org.jiqitong.TempDirs.removedAtExit("jiqitong-payer-");
        Path log = org.jiqitong.TempDirs.fileRemovedAtExit("jiqitong-payer-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.jiqitong.JiqitongApplication", "pay", "--batch=" + batch, "--pause-ms=" + pauseMs, "--by=finance",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--jiqitong.data-dir=" + dataDir, "--logging.level.root=WARN"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", databasePassword());
        Process p = pb.start();
        logs.put(p, log.toFile());
        return p;
    }

    private final Map<Process, File> logs = new java.util.HashMap<>();

    private String output(Process p) {
        try {
            return Files.readString(logs.get(p).toPath());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}

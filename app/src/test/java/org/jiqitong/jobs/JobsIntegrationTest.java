package org.jiqitong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestClock;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Jobs: the same work joins one job, a failure is kept with its reason, a killed instance's job is failed. */
class JobsIntegrationTest extends IntegrationTest {

    @Autowired
    Jobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Value("${jiqitong.data-dir}")
    Path dataDir;

    @Test
    void concurrentRequestsForTheSameWorkJoinOneJob() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        String subject = "item-" + System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<JobView>> submitted = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            submitted.add(callers.submit(() -> {
                go.await();
                return jobs.submit("TEST_JOIN", subject, "officer", progress -> {
                    progress.step("等待");
                    release.await(20, TimeUnit.SECONDS);
                    return java.util.Map.of("listed", 1335);
                });
            }));
        }
        go.countDown();
        List<JobView> views = new ArrayList<>();
        for (Future<JobView> f : submitted) {
            views.add(f.get(20, TimeUnit.SECONDS));
        }
        callers.shutdown();
        assertThat(views).extracting(JobView::id).containsOnly(views.get(0).id());
        assertThat(views).filteredOn(JobView::joined).hasSize(7);
        release.countDown();
        long id = views.get(0).id();
        JobView done = jobs.await(id, java.time.Duration.ofSeconds(20));
        assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(done.resultJson()).isEqualTo("{\"listed\":1335}");
        assertThat(jdbc.sql("SELECT count(*) FROM job WHERE kind = 'TEST_JOIN' AND subject = ?").param(subject)
                .query(Long.class).single()).isEqualTo(1);

        JobView later = jobs.submit("TEST_JOIN", subject, "officer", progress -> "again");
        assertThat(later.id()).as("a finished job is not joined: the work runs anew").isNotEqualTo(id);
    }

    @Test
    void aFailingJobKeepsItsReason() throws Exception {
        JobView job = jobs.submit("TEST_FAIL", "x-" + System.nanoTime(), "admin", progress -> {
            throw new IllegalStateException("第 3 行格式错误");
        });
        JobView done = jobs.await(job.id(), java.time.Duration.ofSeconds(20));
        assertThat(done.state()).isEqualTo(JobState.FAILED);
        assertThat(done.error()).isEqualTo("第 3 行格式错误");
    }

    @Test
    void aJobWhoseInstanceStoppedBeatingIsFailedWithTheReasonAndALiveOneIsNot() {
        OffsetDateTime now = OffsetDateTime.now(java.time.Clock.offset(java.time.Clock.systemUTC(),
                java.time.Duration.between(java.time.Instant.now(), TestClock.START.toInstant())));
        long dead = jdbc.sql("""
                INSERT INTO job (kind, subject, state, created_by, created_at, started_at, heartbeat_at, owner)
                VALUES ('TEST_DEAD', ?, 'RUNNING', 'admin', ?, ?, now() - interval '5 minutes',
                        'an-instance-that-was-killed') RETURNING id""")
                .params("d-" + System.nanoTime(), now.minusMinutes(10), now.minusMinutes(10))
                .query(Long.class).single();
        long alive = jdbc.sql("""
                INSERT INTO job (kind, subject, state, created_by, created_at, started_at, heartbeat_at, owner)
                VALUES ('TEST_DEAD', ?, 'RUNNING', 'admin', ?, ?, now() + interval '1 hour',
                        'an-instance-that-beats') RETURNING id""")
                .params("a-" + System.nanoTime(), now, now).query(Long.class).single();
        eventually("the reaper fails the abandoned job", () -> jobs.find(dead).orElseThrow().state() == JobState.FAILED);
        assertThat(jobs.find(dead).orElseThrow().error()).contains("实例已停止");
        assertThat(jobs.find(alive).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        jdbc.sql("UPDATE job SET state = 'FAILED', finished_at = now() WHERE id = ?").param(alive).update();
    }

    /**
     * The real {@code import} command in its own JVM (on this platform's database and data directory), killed with
     * SIGKILL mid-delivery: the platform fails its job and its delivery with the reason, nothing of the file landed,
     * and its stored upload is removed.
     */
    @Test
    void anImportKilledMidwayIsFailedVisiblyLandsNothingAndLeavesNoUpload() throws Exception {
        Path feeds = org.jiqitong.TempDirs.removedAtExit("jiqitong-kill-feeds-");
        DemoRegistry.write(120_000, feeds, TestClock.TODAY);
        Path entities = feeds.resolve("entities.csv");
        String probe;
        try (var lines = Files.lines(entities)) {
            probe = lines.skip(5000).findFirst().orElseThrow().split(",")[0];
        }
        long before = jdbc.sql("SELECT count(*) FROM registry_entity").query(Long.class).single();

        Process importer = command("import", "--feed=entities", "--source=AMR", "--file=" + entities);
        long[] job = new long[1];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (job[0] == 0) {
            assertThat(importer.isAlive()).as("the importer died before it was killed: " + output(importer)).isTrue();
            assertThat(System.nanoTime()).as("the import job runs within 120 s").isLessThan(deadline);
            jdbc.sql("""
                    SELECT j.id FROM job j JOIN registry_import_run r ON 'run-' || r.id = j.subject
                    WHERE j.kind = 'IMPORT' AND j.state = 'RUNNING' AND r.channel = 'CLI' AND r.bytes_read > 0""")
                    .query(Long.class).optional().ifPresent(id -> job[0] = id);
            Thread.sleep(50);
        }
        importer.destroyForcibly(); // SIGKILL, mid-delivery
        importer.waitFor(30, TimeUnit.SECONDS);

        eventually("the killed import's job is failed", () -> jobs.find(job[0]).orElseThrow().state() == JobState.FAILED);
        JobView failed = jobs.find(job[0]).orElseThrow();
        assertThat(failed.error()).contains("实例已停止");
        long run = Long.parseLong(failed.subject().substring(4));
        eventually("its delivery is failed too", () -> "FAILED".equals(jdbc.sql(
                "SELECT state FROM registry_import_run WHERE id = ?").param(run).query(String.class).single()));
        assertThat(jdbc.sql("SELECT failure FROM registry_import_run WHERE id = ?").param(run).query(String.class)
                .single()).contains("实例已停止");
        assertThat(jdbc.sql("SELECT count(*) FROM registry_entity WHERE uscc = ?").param(probe).query(Long.class)
                .single()).as("nothing of the delivery landed").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM registry_entity").query(Long.class).single()).isEqualTo(before);
        assertThat(dataDir.resolve("uploads").resolve("run-" + run + ".csv")).as("its upload is removed").doesNotExist();
    }

    private Process command(String... args) throws Exception {
        String url;
        String user;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.jiqitong.JiqitongApplication"));
        command.addAll(List.of(args));
        command.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--jiqitong.data-dir=" + dataDir, "--logging.level.root=WARN", "--jiqitong.jobs.heartbeat=PT1S"));
        Path log = org.jiqitong.TempDirs.fileRemovedAtExit("jiqitong-importer-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", databasePassword());
        Process p = builder.start();
        logs.put(p, log.toFile());
        return p;
    }

    private final java.util.Map<Process, File> logs = new java.util.HashMap<>();

    private String output(Process p) {
        try {
            return Files.readString(logs.get(p).toPath());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}

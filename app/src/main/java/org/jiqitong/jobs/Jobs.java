package org.jiqitong.jobs;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jiqitong.jobs.internal.JobRunner;
import org.jiqitong.jobs.internal.JobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Submits long work as stored jobs and runs it in the background: one job at a time per kind on this instance
 * (imports after imports, snapshots after snapshots), at most one queued or running per kind and subject in the
 * whole cluster (a second request joins it). The instance beats each job's heart; any instance fails a job whose heart
 * stopped (its instance was killed), with the reason, so nothing stays "running" forever.
 */
@Service
public class Jobs {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    static final String ABANDONED = "运行该任务的平台实例已停止(重启或故障),任务未完成;请重新提交 (the instance running this job stopped)";

    private final JobStore store;
    private final JobRunner runner;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration staleAfter;
    private final String owner = UUID.randomUUID().toString();
    private final Map<String, ExecutorService> executors = new ConcurrentHashMap<>();

    Jobs(JobStore store, JobRunner runner, org.springframework.context.ApplicationEventPublisher events, Clock clock,
            @Value("${jiqitong.jobs.stale-after:PT1M}") Duration staleAfter) {
        this.store = store;
        this.runner = runner;
        this.events = events;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /**
     * Submits {@code work} as a job of {@code kind} about {@code subject}; when the same kind and subject is already
     * queued or running (here or on another instance), returns that job ({@link JobView#joined()}) and drops this work.
     */
    public JobView submit(String kind, String subject, String createdBy, Work work) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Long> id = store.insert(kind, subject == null ? "" : subject, createdBy, owner, now);
        if (id.isEmpty()) {
            return store.active(kind, subject == null ? "" : subject)
                    .orElseGet(() -> submit(kind, subject, createdBy, work)); // it finished in between: start anew
        }
        long jobId = id.get();
        executors.computeIfAbsent(kind, k -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "job-" + k.toLowerCase(java.util.Locale.ROOT));
            t.setDaemon(true);
            return t;
        })).execute(() -> runner.run(jobId, work));
        return store.find(jobId).orElseThrow();
    }

    public Optional<JobView> find(long id) {
        return store.find(id);
    }

    public List<JobView> recent(String kind, int limit) {
        return store.recent(kind, limit);
    }

    /** Waits for a job to finish (a command-line caller; never a web request). */
    public JobView await(long id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JobView v = store.find(id).orElseThrow();
            if (v.finished() || System.nanoTime() > deadline) {
                return v;
            }
            Thread.sleep(200);
        }
    }

    @Scheduled(fixedDelayString = "${jiqitong.jobs.heartbeat:PT10S}")
    void beat() {
        store.beat(owner);
    }

    /** Every half minute, on one instance of the cluster at a time (the start of each instance does it too). */
    @Scheduled(fixedDelayString = "${jiqitong.jobs.reap:PT30S}", initialDelayString = "${jiqitong.jobs.reap:PT30S}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "jobs-fail-abandoned", lockAtLeastFor = "PT5S")
    void reap() {
        org.jiqitong.shared.ScheduledRuns.count("jobs-fail-abandoned");
        failAbandoned();
    }

    /**
     * Jobs whose instance stopped beating are failed with the reason (a conditional update: two instances doing it at
     * once fail each job once).
     */
    @EventListener(ApplicationReadyEvent.class)
    public int failAbandoned() {
        List<Long> failed = store.failAbandoned(owner, staleAfter, OffsetDateTime.now(clock), ABANDONED);
        if (!failed.isEmpty()) {
            log.warn("Failed {} job(s) whose instance stopped: {}", failed.size(), failed);
        }
        for (long id : failed) {
            store.find(id).ifPresent(j -> events.publishEvent(new JobAbandoned(id, j.kind(), j.subject(), ABANDONED)));
        }
        return failed.size();
    }

    @PreDestroy
    void stop() {
        executors.values().forEach(ExecutorService::shutdownNow);
    }
}

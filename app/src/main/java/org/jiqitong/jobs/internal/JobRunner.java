package org.jiqitong.jobs.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jiqitong.jobs.Work;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Runs one job's work: RUNNING, progress at most every 250 ms, then SUCCEEDED with the result or FAILED with why. */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    private final JobStore store;
    private final Clock clock;

    JobRunner(JobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void run(long id, Work work) {
        if (!store.start(id, OffsetDateTime.now(clock))) {
            return; // failed (its instance was thought dead) before it could start
        }
        Progress progress = new Progress(id);
        try {
            Object result = work.run(progress);
            progress.flush();
            store.succeed(id, result == null ? null : JSON.writeValueAsString(result), OffsetDateTime.now(clock));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(id, "平台停止时任务被中断 (interrupted by shutdown)", OffsetDateTime.now(clock));
        } catch (Exception | Error e) {
            log.warn("Job {} failed: {}", id, e.toString());
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            store.fail(id, message.length() > 2000 ? message.substring(0, 2000) + "…" : message, OffsetDateTime.now(clock));
            if (e instanceof Error error && !(e instanceof AssertionError)) {
                throw error;
            }
        }
    }

    private final class Progress implements Work.Progress {
        private final long id;
        private String step;
        private long done;
        private Long total;
        private long written;

        Progress(long id) {
            this.id = id;
        }

        @Override
        public synchronized void step(String step) {
            this.step = step;
            flush();
        }

        @Override
        public synchronized void done(long done, Long total) {
            this.done = done;
            this.total = total;
            if (System.nanoTime() - written > PROGRESS_EVERY_NANOS) {
                flush();
            }
        }

        synchronized void flush() {
            written = System.nanoTime();
            store.progress(id, step, done, total);
        }
    }
}

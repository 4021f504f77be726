package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiqitong.shared.DataDirectory;
import org.jiqitong.registry.ImportRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs uploaded deliveries (the page's and the API's) as jobs in the background, with progress. The upload is first
 * stored under the data directory (never under a name the user chose) and removed once imported.
 */
@Component
public class ImportExecutor {

    static final String KIND = "IMPORT";

    private static final Logger log = LoggerFactory.getLogger(ImportExecutor.class);

    private final ImportPipeline pipeline;
    private final ImportRuns runs;
    private final org.jiqitong.jobs.Jobs jobs;
    private final Path uploads;

    ImportExecutor(ImportPipeline pipeline, ImportRuns runs, org.jiqitong.jobs.Jobs jobs, DataDirectory dataDirectory) {
        this.pipeline = pipeline;
        this.runs = runs;
        this.jobs = jobs;
        this.uploads = dataDirectory.resolve("uploads");
    }

    /** The delivery's run and the job it runs in. */
    public record Submitted(long runId, org.jiqitong.jobs.JobView job) {
    }

    /**
     * Stores the upload under the data directory, registers the run (refusing a wrong source at once) and submits the
     * import as a job; the job's result is the import's answer (accepted, rejected, changed, errors).
     */
    public Submitted submit(ImportRequest request, InputStream upload) throws IOException {
        Path temp = Files.createTempFile(uploads, "delivery-", ".csv");
        long size = Files.copy(upload, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long runId;
        try {
            pipeline.check(request);
            runId = runs.start(request, size);
        } catch (RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Path file = Files.move(temp, upload(runId), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        var job = jobs.submit(KIND, "run-" + runId, request.startedBy(), progress -> {
            runs.follow(runId, size, progress);
            try (InputStream in = Files.newInputStream(file)) {
                return pipeline.run(runId, request, in);
            } finally {
                runs.unfollow(runId);
                delete(file);
            }
        });
        return new Submitted(runId, job);
    }

    /**
     * A delivery whose job was abandoned (its instance was killed mid-import): the run is marked failed with the
     * reason (its transaction never committed, so nothing of it landed) and its upload is removed.
     */
    @org.springframework.context.event.EventListener
    void on(org.jiqitong.jobs.JobAbandoned abandoned) {
        if (!KIND.equals(abandoned.kind()) || !abandoned.subject().startsWith("run-")) {
            return;
        }
        long runId = Long.parseLong(abandoned.subject().substring(4));
        runs.fail(runId, abandoned.reason());
        delete(upload(runId));
    }

    private Path upload(long runId) {
        return uploads.resolve("run-" + runId + ".csv");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}", file);
        }
    }
}

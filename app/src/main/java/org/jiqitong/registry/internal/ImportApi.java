package org.jiqitong.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** {@code POST /api/v1/imports/{feed}}: a department's system delivers a CSV feed (ADMIN accounts only). */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "registry imports", description = "CSV deliveries into the entity registry")
class ImportApi {

    /** The answer to a delivery: where to follow its job. */
    record Accepted(String job, long jobId, long runId) {
    }

    private final ImportRuns runs;
    private final ImportExecutor executor;

    ImportApi(ImportRuns runs, ImportExecutor executor) {
        this.runs = runs;
        this.executor = executor;
    }

    @PostMapping(path = "/{feed}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Deliver a feed (entities, figures or qualifications) as a job: 202 with the job's address; "
            + "the job's result has accepted, rejected, changed and each bad row")
    ResponseEntity<Accepted> importFeed(@PathVariable String feed, @RequestParam("file") MultipartFile file,
            @RequestParam("source") String source) throws IOException {
        Scope.requireAdmin();
        Feed parsed = Feed.ofPath(feed);
        ImportRequest request = new ImportRequest(parsed, source, ImportRequest.Channel.API,
                file.getOriginalFilename(), Scope.caller().getUsername());
        try (InputStream in = file.getInputStream()) {
            ImportExecutor.Submitted submitted = executor.submit(request, in);
            String job = "/api/v1/jobs/" + submitted.job().id();
            return ResponseEntity.accepted().location(java.net.URI.create(job))
                    .body(new Accepted(job, submitted.job().id(), submitted.runId()));
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "A delivery's state, counts and progress")
    ImportRuns.RunView run(@PathVariable long id) {
        Scope.requireAdmin();
        return runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

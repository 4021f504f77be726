package org.jiqitong.jobs.internal;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.jobs.JobView;
import org.jiqitong.jobs.Jobs;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/jobs/{id}}: a job's state and progress, for whoever submitted it (and ADMIN); others get 404.
 * {@code GET /api/v1/jobs?kind=}: the latest jobs of a kind the caller may see (an operator's view of what the
 * platform did after an event, e.g. the sweep a publish set off).
 */
@RestController
@Tag(name = "jobs", description = "long work in the background")
class JobApi {

    record JobJson(long id, String kind, String state, String step, long done, Long total,
            @JsonRawValue String result, String error, OffsetDateTime createdAt, OffsetDateTime startedAt,
            OffsetDateTime finishedAt) {
        static JobJson of(JobView v) {
            return new JobJson(v.id(), v.kind(), v.state().name(), v.step(), v.done(), v.total(), v.resultJson(),
                    v.error(), v.createdAt(), v.startedAt(), v.finishedAt());
        }
    }

    private final Jobs jobs;

    JobApi(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/jobs")
    @Operation(summary = "The latest jobs of one kind (IMPORT, SWEEP, SWEEP_ITEM, NO_APPLICATION_SNAPSHOT …), newest first")
    List<JobJson> recent(@RequestParam String kind, @RequestParam(defaultValue = "20") int limit) {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (limit < 1 || limit > 100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit: 须为 1–100 之间的整数");
        }
        return jobs.recent(kind, limit).stream().filter(j -> me.is(Role.ADMIN) || j.createdBy().equals(me.getUsername()))
                .map(JobJson::of).toList();
    }

    @GetMapping("/api/v1/jobs/{id}")
    @Operation(summary = "A job: QUEUED, RUNNING, SUCCEEDED or FAILED, its step, done/total, result or error")
    JobJson job(@PathVariable long id) {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        return jobs.find(id).filter(j -> me.is(Role.ADMIN) || j.createdBy().equals(me.getUsername())).map(JobJson::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该任务"));
    }
}

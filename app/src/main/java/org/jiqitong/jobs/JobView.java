package org.jiqitong.jobs;

import java.time.OffsetDateTime;

/**
 * A job as callers see it ({@code GET /api/v1/jobs/{id}}): its state, the step it is in, how far it has come, and its
 * result (JSON) or the reason it failed. {@code joined} is true when a request found the same work already queued or
 * running and was given that job instead of a new one.
 */
public record JobView(long id, String kind, String subject, JobState state, String step, long done, Long total,
        String resultJson, String error, String createdBy, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, boolean joined) {

    public boolean finished() {
        return state == JobState.SUCCEEDED || state == JobState.FAILED;
    }
}

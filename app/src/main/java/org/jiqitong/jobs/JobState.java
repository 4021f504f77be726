package org.jiqitong.jobs;

/** Where a job is: waiting for its turn, running, done, or failed (with the reason). */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}

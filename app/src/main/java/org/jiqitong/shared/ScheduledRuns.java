package org.jiqitong.shared;

import io.micrometer.core.instrument.Metrics;

/**
 * Counts the runs of a scheduled job on this instance ({@code jiqitong_scheduled_runs_total{job}} in
 * {@code /actuator/prometheus}): summed over the instances of a cluster, a locked job's count shows it ran once per
 * period, not once per instance.
 */
public final class ScheduledRuns {

    private ScheduledRuns() {
    }

    /** Called first in the body of a scheduled job, i.e. only when its cluster lock was taken. */
    public static void count(String job) {
        Metrics.counter("jiqitong.scheduled.runs", "job", job).increment();
    }
}

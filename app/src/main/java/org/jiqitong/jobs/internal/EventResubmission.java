package org.jiqitong.jobs.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Events at least once: a publication whose listener did not complete (its instance died after the commit, or the
 * listener failed) is delivered again — at each start (spring.modulith.events.republish-outstanding-events-on-restart)
 * and every five minutes for those older than {@code jiqitong.events.resubmit-after} (10 minutes), on one instance of
 * the cluster at a time. Every listener is idempotent: a message per change id, a job per subject, a sweep that
 * finds the state already current records nothing.
 */
@Component
@Profile("!cli")
class EventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete,
            @Value("${jiqitong.events.resubmit-after:PT10M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${jiqitong.events.resubmit-every:PT5M}",
            initialDelayString = "${jiqitong.events.resubmit-every:PT5M}")
    @SchedulerLock(name = "events-resubmit-incomplete", lockAtLeastFor = "PT30S")
    void resubmit() {
        org.jiqitong.shared.ScheduledRuns.count("events-resubmit-incomplete");
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }
}

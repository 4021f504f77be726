package org.jiqitong.registry.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' summaries recent: within half a minute after a delivery changed entities on this instance,
 * and at least every {@code jiqitong.registry.summary-refresh} (10 minutes) in the cluster — once at a time (ShedLock);
 * a refresh at 1.5 M entities takes seconds and readers keep the previous summary meanwhile. The time of the last
 * refresh is shown beside the figures.
 */
@Component
class SummaryRefresher {

    private final Summaries summaries;
    private final Clock clock;
    private final Duration every;
    private final AtomicBoolean changed = new AtomicBoolean(true);

    SummaryRefresher(Summaries summaries, Clock clock, @Value("${jiqitong.registry.summary-refresh:PT10M}") Duration every) {
        this.summaries = summaries;
        this.clock = clock;
        this.every = every;
    }

    @org.springframework.context.event.EventListener({org.jiqitong.registry.EntitiesChangedInBulk.class,
        org.jiqitong.registry.EntityChanged.class})
    void changed() {
        changed.set(true);
    }

    @Scheduled(initialDelayString = "${jiqitong.registry.summary-refresh-first:PT20S}", fixedDelayString = "PT30S")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "registry-summaries", lockAtLeastFor = "PT10S")
    void refresh() {
        boolean stale = summaries.refreshedAt().isBefore(OffsetDateTime.now(clock).minus(every));
        if (changed.getAndSet(false) || stale) {
            org.jiqitong.shared.ScheduledRuns.count("registry-summaries");
            summaries.refresh();
        }
    }
}

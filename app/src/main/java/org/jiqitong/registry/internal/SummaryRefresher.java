package org.jiqitong.registry.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' summaries recent: shortly after start and then every {@code jiqitong.registry.summary-refresh}
 * (10 minutes by default), once in the cluster (ShedLock); a refresh at 1.5 M entities takes seconds and readers keep
 * the previous summary meanwhile. The time of the last refresh is shown beside the figures.
 */
@Component
class SummaryRefresher {

    private final Summaries summaries;

    SummaryRefresher(Summaries summaries) {
        this.summaries = summaries;
    }

    @Scheduled(initialDelayString = "${jiqitong.registry.summary-refresh-first:PT20S}",
            fixedDelayString = "${jiqitong.registry.summary-refresh:PT10M}")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "registry-summaries", lockAtLeastFor = "PT30S")
    void refresh() {
        org.jiqitong.shared.ScheduledRuns.count("registry-summaries");
        summaries.refresh();
    }
}

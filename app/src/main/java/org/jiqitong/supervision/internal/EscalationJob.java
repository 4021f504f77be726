package org.jiqitong.supervision.internal;

import org.jiqitong.supervision.Supervision;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates overdue work to the supervisors, every hour and once at 08:00 on the day after a deadline. */
@Component
@Profile("!cli")
class EscalationJob {

    private final Supervision supervision;

    EscalationJob(Supervision supervision) {
        this.supervision = supervision;
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "supervision-escalate-overdue", lockAtLeastFor = "PT5M")
    // on start too: what the missed nights would have done (the job is idempotent; the lock keeps it to one
    // instance; called through the proxy, so the lock holds for this call as well)
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(4)
    void escalate() {
        org.jiqitong.shared.ScheduledRuns.count("supervision-escalate-overdue");
        supervision.escalateOverdue(supervision.today());
    }
}

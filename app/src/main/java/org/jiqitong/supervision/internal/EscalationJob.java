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
    void escalate() {
        org.jiqitong.shared.ScheduledRuns.count("supervision-escalate-overdue");
        supervision.escalateOverdue(supervision.today());
    }
}

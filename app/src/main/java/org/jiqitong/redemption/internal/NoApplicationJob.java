package org.jiqitong.redemption.internal;

import org.jiqitong.redemption.NoApplicationGrants;
import org.jiqitong.supervision.Supervision;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;

/** Every night: 免申即享 notices that ended go to confirmation; reminders; lapses. */
@org.springframework.stereotype.Component
@Profile("!cli")
class NoApplicationJob {

    private final NoApplicationGrants grants;
    private final Supervision supervision;

    NoApplicationJob(NoApplicationGrants grants, Supervision supervision) {
        this.grants = grants;
        this.supervision = supervision;
    }

    @Scheduled(cron = "0 20 0 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "redemption-no-application-daily", lockAtLeastFor = "PT5M")
    // on start too: what the missed nights would have done (the job is idempotent; the lock keeps it to one
    // instance; called through the proxy, so the lock holds for this call as well)
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(3)
    void daily() {
        org.jiqitong.shared.ScheduledRuns.count("redemption-no-application-daily");
        grants.daily(supervision.today());
    }
}

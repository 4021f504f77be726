package org.jiqitong.redemption.internal;

import org.jiqitong.redemption.NoApplicationBatches;
import org.jiqitong.supervision.Supervision;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;

/** Every night: 免申即享 notices that ended go to confirmation; reminders; lapses. */
@org.springframework.stereotype.Component
@Profile("!cli")
class NoApplicationJob {

    private final NoApplicationBatches batches;
    private final Supervision supervision;

    NoApplicationJob(NoApplicationBatches batches, Supervision supervision) {
        this.batches = batches;
        this.supervision = supervision;
    }

    @Scheduled(cron = "0 20 0 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "redemption-no-application-daily", lockAtLeastFor = "PT5M")
    void daily() {
        org.jiqitong.shared.ScheduledRuns.count("redemption-no-application-daily");
        batches.daily(supervision.today());
    }
}

package org.jiqitong.dormancy.internal;

import java.time.Clock;
import org.jiqitong.dormancy.Dormancy;
import org.jiqitong.shared.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly (and on start): terms that ran out recover, and the registry agrees with the registered episodes. */
@Component
class DormancyJob {

    private static final Logger log = LoggerFactory.getLogger(DormancyJob.class);

    private final Dormancy dormancy;
    private final Clock clock;

    DormancyJob(Dormancy dormancy, Clock clock) {
        this.dormancy = dormancy;
        this.clock = clock;
    }

    @Scheduled(cron = "0 15 0 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "dormancy-nightly", lockAtLeastFor = "PT5M")
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(1)
    void run() {
        org.jiqitong.shared.ScheduledRuns.count("dormancy-nightly");
        int recovered = dormancy.nightly(ChinaTime.today(clock));
        if (recovered > 0) {
            log.info("{} dormancies ran out and recovered", recovered);
        }
    }
}

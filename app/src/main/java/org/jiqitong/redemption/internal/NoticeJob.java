package org.jiqitong.redemption.internal;

import org.jiqitong.redemption.Redemption;
import org.jiqitong.supervision.Supervision;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night: notices whose period ended without an open objection pass to finance. */
@Component
@Profile("!cli")
class NoticeJob {

    private final Redemption redemption;
    private final Supervision supervision;

    NoticeJob(Redemption redemption, Supervision supervision) {
        this.redemption = redemption;
        this.supervision = supervision;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "redemption-close-notices", lockAtLeastFor = "PT5M")
    void closeNotices() {
        org.jiqitong.shared.ScheduledRuns.count("redemption-close-notices");
        redemption.closeNotices(supervision.today());
    }
}

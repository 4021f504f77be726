package org.jiqitong.redemption.internal;

import org.jiqitong.supervision.Supervision;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, and on start for the nights missed: notices ended without an open objection pass to finance. */
@Component
@Profile("!cli")
class NoticeJob {

    private final org.jiqitong.redemption.Notices notices;
    private final Supervision supervision;

    NoticeJob(org.jiqitong.redemption.Notices notices, Supervision supervision) {
        this.notices = notices;
        this.supervision = supervision;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "redemption-close-notices", lockAtLeastFor = "PT5M")
    // on start too: what the missed nights would have done (the job is idempotent; the lock keeps it to one
    // instance; called through the proxy, so the lock holds for this call as well)
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(2)
    void closeNotices() {
        org.jiqitong.shared.ScheduledRuns.count("redemption-close-notices");
        notices.closeNotices(supervision.today());
    }
}

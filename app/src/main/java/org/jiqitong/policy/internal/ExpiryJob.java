package org.jiqitong.policy.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night (Beijing time) items whose policy document has ended stop applying. */
@Component
@org.springframework.context.annotation.Profile("!cli")
class ExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

    private final ItemLifecycle lifecycle;
    private final Clock clock;

    ExpiryJob(ItemLifecycle lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "policy-expire-items", lockAtLeastFor = "PT5M")
    // on start too: what the missed nights would have done (the job is idempotent; the lock keeps it to one
    // instance; called through the proxy, so the lock holds for this call as well)
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(1)
    void expire() {
        org.jiqitong.shared.ScheduledRuns.count("policy-expire-items");
        int expired = lifecycle.expireDue(org.jiqitong.shared.ChinaTime.today(clock));
        if (expired > 0) {
            log.info("{} policy item versions expired with their documents", expired);
        }
    }
}

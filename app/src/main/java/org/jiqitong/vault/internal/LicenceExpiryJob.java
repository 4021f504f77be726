package org.jiqitong.vault.internal;

import java.time.Clock;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.vault.Licences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly (and on start, for the nights missed): e-licences past their end become expired, each a log entry. */
@Component
class LicenceExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(LicenceExpiryJob.class);

    private final Licences licences;
    private final Clock clock;

    LicenceExpiryJob(Licences licences, Clock clock) {
        this.licences = licences;
        this.clock = clock;
    }

    @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "vault-expire-licences", lockAtLeastFor = "PT5M")
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(1)
    void expire() {
        org.jiqitong.shared.ScheduledRuns.count("vault-expire-licences");
        int expired = licences.expire(ChinaTime.today(clock));
        if (expired > 0) {
            log.info("{} e-licences expired", expired);
        }
    }
}

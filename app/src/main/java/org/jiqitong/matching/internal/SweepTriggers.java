package org.jiqitong.matching.internal;

import org.jiqitong.policy.ItemPublished;
import org.jiqitong.policy.ItemWithdrawn;
import org.jiqitong.registry.EntitiesChangedInBulk;
import org.jiqitong.registry.EntityChanged;
import org.jiqitong.shared.Uscc;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the sweeper runs: at start, nightly, and on the registry's and the library's events. Full sweeps and one
 * item's sweep after a publish run as jobs (kind {@code SWEEP} / {@code SWEEP_ITEM}, visible at
 * {@code /api/v1/jobs/{id}}); the same event delivered twice joins the same job. A re-match of one entity is
 * microseconds and runs on the event's own thread.
 */
@Component
@Profile("!cli")
class SweepTriggers {

    private final Sweeper sweeper;
    private final org.jiqitong.jobs.Jobs jobs;
    private final java.time.Clock clock;

    SweepTriggers(Sweeper sweeper, org.jiqitong.jobs.Jobs jobs, java.time.Clock clock) {
        this.sweeper = sweeper;
        this.jobs = jobs;
        this.clock = clock;
    }

    /**
     * In the background: the platform is healthy as soon as the web layer and the database are; the stored
     * verdicts serve 我的政策 and pushes meanwhile, and readiness says when the kept state is warm.
     */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        full("STARTUP", "startup-" + java.util.UUID.randomUUID());
    }

    /** Dates move: "成立三年内" and "上一年度" read differently tomorrow. */
    @Scheduled(cron = "0 30 1 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "matching-nightly-sweep", lockAtLeastFor = "PT5M")
    void nightly() {
        org.jiqitong.shared.ScheduledRuns.count("matching-nightly-sweep");
        full("DAILY", "daily-" + org.jiqitong.shared.ChinaTime.today(clock));
    }

    /** Every few seconds: results another instance committed are taken here too (not locked: each instance follows). */
    @Scheduled(fixedDelayString = "${jiqitong.matching.follow-every:PT2S}")
    void follow() {
        sweeper.follow();
    }

    /**
     * At once, inside the delivery's transaction (before it commits): the entity's kept row is behind until it is
     * read again, so 我的政策 reads the registry meanwhile (the re-match below comes after the commit).
     */
    @EventListener
    void changing(EntityChanged event) {
        sweeper.changing(event.uscc());
    }

    /** The same for every row, until the full sweep after the delivery has read them all again. */
    @EventListener
    void changing(EntitiesChangedInBulk event) {
        sweeper.changing(StaleRows.ALL);
    }

    @ApplicationModuleListener
    void on(EntityChanged event) {
        sweeper.rematch(new Uscc(event.uscc()), "ENTITY_CHANGED");
    }

    @ApplicationModuleListener
    void on(EntitiesChangedInBulk event) {
        full("ENTITIES_CHANGED_IN_BULK", "delivery-" + event.runId());
    }

    @ApplicationModuleListener
    void on(ItemPublished event) {
        jobs.submit("SWEEP_ITEM", "item-" + event.itemId() + "-v" + event.versionId(), "system", progress -> {
            progress.step("匹配全市主体 (sweeping the population)");
            return java.util.Map.of("changes", sweeper.sweepItem(event.itemId(), "ITEM_PUBLISHED"));
        });
    }

    @ApplicationModuleListener
    void on(ItemWithdrawn event) {
        sweeper.removed(event.itemId());
    }

    private void full(String cause, String subject) {
        jobs.submit("SWEEP", subject, "system", progress -> {
            progress.step("全量匹配 (full sweep)");
            int changes = "ENTITIES_CHANGED_IN_BULK".equals(cause) ? sweeper.sweepAllIfReady(cause) : sweeper.sweepAll(cause);
            return java.util.Map.of("changes", changes, "cause", cause);
        });
    }
}

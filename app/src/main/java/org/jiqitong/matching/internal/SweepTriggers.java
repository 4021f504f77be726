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

/** When the sweeper runs: at start, nightly, and on the registry's and the library's events. */
@Component
@Profile("!cli")
class SweepTriggers {

    private final Sweeper sweeper;

    SweepTriggers(Sweeper sweeper) {
        this.sweeper = sweeper;
    }

    /**
     * In the background: the platform is healthy as soon as the web layer and the database are; the stored
     * verdicts serve 我的政策 and pushes meanwhile, and readiness says when the kept state is warm.
     */
    @org.springframework.scheduling.annotation.Async
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        sweeper.sweepAll("STARTUP");
    }

    /** Dates move: "成立三年内" and "上一年度" read differently tomorrow. */
    @Scheduled(cron = "0 30 1 * * *", zone = "Asia/Shanghai")
    void nightly() {
        sweeper.sweepAll("DAILY");
    }

    @ApplicationModuleListener
    void on(EntityChanged event) {
        sweeper.rematch(new Uscc(event.uscc()), "ENTITY_CHANGED");
    }

    @ApplicationModuleListener
    void on(EntitiesChangedInBulk event) {
        sweeper.sweepAllIfReady("ENTITIES_CHANGED_IN_BULK");
    }

    @ApplicationModuleListener
    void on(ItemPublished event) {
        sweeper.sweepItem(event.itemId(), "ITEM_PUBLISHED");
    }

    @ApplicationModuleListener
    void on(ItemWithdrawn event) {
        sweeper.removed(event.itemId());
    }
}

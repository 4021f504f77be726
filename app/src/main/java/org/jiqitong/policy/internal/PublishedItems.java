package org.jiqitong.policy.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.ItemVersionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published items, kept compiled in memory: every 我的政策, calculator and sweep reads them, and reading 31 rows
 * with their JSON per request was most of an entity's matches (issue 12). The set is read again
 * <ul>
 * <li>after a commit here that publishes, supersedes, withdraws or expires a version (the transaction that does so
 * reads the table itself until it ends, so it sees its own change and a rolled-back change is never kept), and</li>
 * <li>when another instance changed it: every {@code jiqitong.policy.follow-every} (2 s) one query compares the
 * published versions' ids with the kept ones.</li>
 * </ul>
 * A load that raced with a change is not kept (the generation moved meanwhile), so a change is never lost.
 */
@Component
class PublishedItems {

    private static final Object CHANGING = new Object();

    private record Kept(long load, List<ItemVersionView> views, List<CompiledItem> items) {
        List<Long> ids() {
            return views.stream().map(ItemVersionView::versionId).toList();
        }
    }

    private final ItemVersions versions;
    private final ItemChecks checks;
    private final JdbcClient jdbc;
    private final Map<Long, CompiledItem> compiled = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong loads = new AtomicLong();
    private volatile Kept kept;

    PublishedItems(ItemVersions versions, ItemChecks checks, JdbcClient jdbc) {
        this.versions = versions;
        this.checks = checks;
        this.jdbc = jdbc;
    }

    List<ItemVersionView> views() {
        return current().views();
    }

    List<CompiledItem> compiled() {
        return current().items();
    }

    /** Read from the table now (and kept): for the sweeps, which must not miss another instance's publish. */
    List<CompiledItem> compiledNow() {
        return load(TransactionSynchronizationManager.hasResource(CHANGING) ? -1 : generation.get()).items();
    }

    /** One item's published version, compiled, read from the table now. */
    java.util.Optional<CompiledItem> compiledNow(long itemId) {
        return versions.published(itemId).map(this::compile);
    }

    /** Called inside the transaction that changes which versions are published. */
    void changing() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(CHANGING)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return org.springframework.core.Ordered.HIGHEST_PRECEDENCE; // before the events' listeners run
            }

            @Override
            public void afterCommit() {
                forget();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
                forget();
            }
        });
    }

    /** Another instance's publishes and withdrawals, taken within seconds (not locked: each instance follows). */
    @Scheduled(fixedDelayString = "${jiqitong.policy.follow-every:PT2S}")
    void follow() {
        Kept k = kept;
        if (k != null && !k.ids().equals(publishedIds())) {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        kept = null;
    }

    private Kept current() {
        if (TransactionSynchronizationManager.hasResource(CHANGING)) {
            return load(-1); // this transaction changes the set: it reads its own writes, and nothing of it is kept
        }
        Kept k = kept;
        return k != null ? k : load(generation.get());
    }

    /** Loads the set; keeps it when no change committed here since {@code at} and no later load was kept. */
    private Kept load(long at) {
        long load = loads.incrementAndGet();
        List<ItemVersionView> views = versions.allPublished();
        List<CompiledItem> items = views.stream().map(this::compile).toList();
        Kept loaded = new Kept(load, views, items);
        synchronized (this) {
            if (at >= 0 && generation.get() == at && (kept == null || kept.load() < load)) {
                kept = loaded;
            }
        }
        return loaded;
    }

    /** A published version never changes, so its compilation is kept by its id. */
    private CompiledItem compile(ItemVersionView v) {
        return compiled.computeIfAbsent(v.versionId(), id -> {
            ItemChecks.Checked c = checks.compile(v.content());
            return new CompiledItem(v, c.rule(), c.formula());
        });
    }

    private List<Long> publishedIds() {
        return jdbc.sql("SELECT id FROM policy_item_version WHERE status = 'PUBLISHED' ORDER BY item_id")
                .query(Long.class).list();
    }
}

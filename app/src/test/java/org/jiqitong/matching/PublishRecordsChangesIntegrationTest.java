package org.jiqitong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.matching.internal.Sweeper;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A publish stores its results first (visible at once) and records its verdict changes in a second transaction. A
 * crash between the two leaves the verdicts from before in {@code matching_pending_diff}; the next full sweep (the
 * first after a start) records the changes from them, so no newly eligible enterprise goes untold.
 */
class PublishRecordsChangesIntegrationTest extends IntegrationTest {

    @Autowired
    Policies policies;
    @Autowired
    Matching matching;
    @Autowired
    Sweeper sweeper;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void aPublishLeavesNothingPendingAndRecordsEveryNewVerdict() {
        ItemVersionView item = publishedAndSwept("研发投入奖励(两阶段)" + System.nanoTime());
        assertThat(pending(item.itemId())).as("the changes were recorded; nothing waits").isZero();
        ItemReach reach = matching.reach(item.itemId()).orElseThrow();
        // (the delivered entity's own re-match may come after the item's sweep: its change to ELIGIBLE may then be
        // from UNDETERMINED rather than from nothing)
        assertThat(jdbc.sql("SELECT count(DISTINCT uscc) FROM matching_change WHERE item_id = ? AND new_verdict = 'ELIGIBLE'")
                .param(item.itemId()).query(Long.class).single()).isEqualTo(reach.eligible()).isPositive();
    }

    @Test
    void changesACrashKeptFromBeingRecordedAreRecordedByTheNextFullSweep() {
        ItemVersionView item = publishedAndSwept("研发投入奖励(崩溃恢复)" + System.nanoTime());
        long eligible = matching.reach(item.itemId()).orElseThrow().eligible();
        // as if the process had died after the results were stored and before the changes were: the item had no
        // verdicts before, its changes are not in the log, its verdicts from before wait
        jdbc.sql("DELETE FROM notification_message WHERE change_id IN (SELECT id FROM matching_change WHERE item_id = ?)")
                .param(item.itemId()).update();
        jdbc.sql("DELETE FROM matching_change WHERE item_id = ?").param(item.itemId()).update();
        jdbc.sql("INSERT INTO matching_pending_diff (item_id, cause) VALUES (?, 'ITEM_PUBLISHED')").param(item.itemId())
                .update();

        sweeper.sweepAll("STARTUP");

        assertThat(pending(item.itemId())).isZero();
        assertThat(changes(item.itemId(), "ELIGIBLE")).as("every eligible entity's change recorded after all")
                .isEqualTo(eligible).isPositive();
        eventually("and told", () -> jdbc.sql("""
                SELECT count(*) FROM notification_message m JOIN matching_change c ON c.id = m.change_id
                WHERE c.item_id = ?""").param(item.itemId()).query(Long.class).single() > 0);
    }

    @Autowired
    org.jiqitong.registry.Registry registry;

    /** An item with one enterprise of this test certainly eligible (the demo city may have none). */
    private ItemVersionView publishedAndSwept(String name) {
        String uscc = org.jiqitong.TestUsccs.next();
        TestItems.deliver(registry, org.jiqitong.registry.Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "两阶段测试有限公司"));
        TestItems.deliver(registry, org.jiqitong.registry.Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "2000000.00"));
        eventually("the entity is matched", () -> matching.forEntity(new org.jiqitong.shared.Uscc(uscc),
                org.jiqitong.shared.ChinaTime.today(clock)).isPresent());
        ItemVersionView item = TestItems.publishRndAward(policies, name);
        eventually("swept and recorded", () -> matching.reach(item.itemId()).isPresent() && pending(item.itemId()) == 0);
        return item;
    }

    private long pending(long itemId) {
        return jdbc.sql("SELECT count(*) FROM matching_pending_diff WHERE item_id = ?").param(itemId).query(Long.class)
                .single();
    }

    private long changes(long itemId, String verdict) {
        return jdbc.sql("SELECT count(*) FROM matching_change WHERE item_id = ? AND new_verdict = ? AND old_verdict IS NULL")
                .params(itemId, verdict).query(Long.class).single();
    }
}

package org.jiqitong.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.matching.Matching;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 我的政策 and the matches API read an entity's row of the kept population (no query) only while that row is the
 * registry's: the same matches as from the registry, a delivery on this instance seen at once, one on another
 * instance within the follow — and read from the registry meanwhile.
 */
class KeptRowsIntegrationTest extends IntegrationTest {

    @Autowired
    Sweeper sweeper;
    @Autowired
    Matching matching;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return ChinaTime.today(clock);
    }

    private List<ItemMatch> kept(String uscc) {
        return sweeper.withRow(uscc, today(), matching::evaluate);
    }

    private List<ItemMatch> fromRegistry(String uscc) {
        return registry.facts(new Uscc(uscc), today()).map(matching::evaluate).orElseThrow();
    }

    @Test
    void aKeptRowGivesTheSameMatchesAsTheRegistry() {
        eventually("the kept state is warm", sweeper::ready);
        List<String> usccs = jdbc.queryForList("SELECT uscc FROM registry_entity ORDER BY id LIMIT 400", String.class);
        int fromRows = 0;
        for (String uscc : usccs) {
            List<ItemMatch> kept = kept(uscc);
            if (kept != null) {
                fromRows++;
                assertThat(kept).as(uscc).isEqualTo(fromRegistry(uscc));
            }
        }
        assertThat(fromRows).as("rows not changed just now are read from the kept population").isGreaterThan(300);
        assertThat(sweeper.withRow(usccs.get(0), today().plusDays(1), matching::evaluate)).as("another day").isNull();
        assertThat(sweeper.withRow(TestUsccs.next(), today(), matching::evaluate)).as("not in the registry").isNull();
    }

    @Test
    void aDeliveryHereIsSeenAtOnceAndTheRowFollowsIt() {
        eventually("the kept state is warm", sweeper::ready);
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "行内测试科技有限公司"));
        TestItems.deliver(registry, Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "0.00"));
        eventually("the new entity's row is kept", () -> kept(uscc) != null);
        List<ItemMatch> before = kept(uscc);
        assertThat(before).isEqualTo(fromRegistry(uscc));

        TestItems.deliver(registry, Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "1700000.00"));
        List<ItemMatch> after = matching.forEntity(new Uscc(uscc), today()).orElseThrow();
        assertThat(after).as("the delivery just committed, before or after its re-match").isEqualTo(fromRegistry(uscc))
                .isNotEqualTo(before);
        eventually("the row read again after the delivery", () -> after.equals(kept(uscc)));
    }

    @Test
    void aDeliveryElsewhereIsReadFromTheRegistryUntilTheNextFullSweep() {
        eventually("the kept state is warm", sweeper::ready);
        String uscc = jdbc.queryForObject("SELECT uscc FROM registry_entity WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 1",
                String.class);
        eventually("its row is kept", () -> kept(uscc) != null);
        List<ItemMatch> before = kept(uscc);
        // another instance's delivery: its run finished, its change committed, no event here
        jdbc.update("INSERT INTO registry_import_run (feed, source, channel, state, finished_at, changed)"
                + " VALUES ('ENTITIES', 'AMR', 'API', 'DONE', now(), 1)");
        jdbc.update("UPDATE registry_entity SET status = 'REVOKED' WHERE uscc = ?", uscc);
        try {
            sweeper.follow(); // what the instance does every two seconds
            assertThat(kept(uscc)).as("behind another instance's delivery").isNull();
            List<ItemMatch> now = matching.forEntity(new Uscc(uscc), today()).orElseThrow();
            assertThat(now).isEqualTo(fromRegistry(uscc)).isNotEqualTo(before);
        } finally {
            jdbc.update("UPDATE registry_entity SET status = 'ACTIVE' WHERE uscc = ?", uscc);
            sweeper.sweepAll("TEST");
        }
        assertThat(kept(uscc)).as("read again by the full sweep").isEqualTo(before);
    }
}

package org.jiqitong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.matching.internal.Sweeper;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.EntitySearch;
import org.jiqitong.registry.EntitySummary;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The population sweep as the department sees it: the same verdicts as 我的政策, counts, lists and exports. */
class ReachIntegrationTest extends IntegrationTest {

    @Autowired
    Matching matching;
    @Autowired
    Sweeper sweeper;
    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    java.time.Clock clock;

    @Test
    void theSweepGivesEveryEntityTheVerdictItsOwnPageGives() {
        sweeper.sweepAll("TEST");
        Map<Long, Set<String>> eligible = new HashMap<>();
        Map<Long, Set<String>> undetermined = new HashMap<>();
        for (CompiledItem item : policies.publishedCompiled()) {
            long id = item.view().itemId();
            eligible.put(id, usccs(id, Verdict.ELIGIBLE));
            undetermined.put(id, usccs(id, Verdict.UNDETERMINED));
        }
        LocalDate today = ChinaTime.today(clock);
        List<EntitySummary> sample = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            sample.addAll(registry.search(new EntitySearch(null, null, null, null, null, page, 100)).items());
        }
        int compared = 0;
        for (EntitySummary e : sample) {
            for (ItemMatch m : matching.forEntity(new Uscc(e.uscc()), today).orElseThrow()) {
                Verdict swept = eligible.get(m.itemId()).contains(e.uscc()) ? Verdict.ELIGIBLE
                        : undetermined.get(m.itemId()).contains(e.uscc()) ? Verdict.UNDETERMINED : Verdict.INELIGIBLE;
                assertThat(swept).as("%s for item %d", e.uscc(), m.itemId()).isEqualTo(m.verdict());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(400 * 30);
        assertThat(eligible.values().stream().mapToInt(Set::size).sum()).as("the demo reaches someone").isPositive();
    }

    @Test
    void theItemsDepartmentSeesCountsListsAndExportsAndNobodyElseDoes() throws Exception {
        ItemVersionView item = TestItems.publishRndAward(policies, "研发投入奖励(覆盖测试)" + System.nanoTime());
        eventually("swept", () -> matching.reach(item.itemId()).isPresent());
        ItemReach reach = matching.reach(item.itemId()).orElseThrow();
        assertThat(reach.versionId()).isEqualTo(item.versionId());

        Http officer = Http.anonymous(port);
        officer.formLogin("officer", "jiqitong-demo");
        assertThat(officer.get("/reach").body()).contains(item.content().name());
        String page = officer.get("/reach/items/" + item.itemId()).body();
        assertThat(page).contains("id=\"count-eligible\">" + reach.eligible() + "<")
                .contains("id=\"count-undetermined\">" + reach.undetermined() + "<");
        assertThat(matching.history(item.itemId())).last().satisfies(h -> {
            assertThat(h.eligible()).isEqualTo(reach.eligible());
            assertThat(h.undetermined()).isEqualTo(reach.undetermined());
        });

        String csv = new String(officer.getBytes("/reach/items/" + item.itemId() + "/export.csv?verdict=UNDETERMINED").body(),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF统一社会信用代码,名称,市场主体类型,区县,行业,登记状态,企业规模");
        assertThat(lines).hasSize(reach.undetermined() + 1);
        assertThat(new HashSet<>(lines.subList(1, lines.size()).stream().map(l -> l.substring(0, 18)).toList()))
                .isEqualTo(usccs(item.itemId(), Verdict.UNDETERMINED));

        byte[] xlsx = officer.getBytes("/reach/items/" + item.itemId() + "/export.xlsx?verdict=UNDETERMINED").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(item.content().name());
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(reach.undetermined() + 2);
        }
        assertThat(officer.get("/reach/items/" + item.itemId() + "?verdict=BOGUS").statusCode()).isEqualTo(400);

        for (String outsider : List.of("finance", "ent1")) {
            Http other = Http.anonymous(port);
            other.formLogin(outsider, "jiqitong-demo");
            assertThat(other.get("/reach/items/" + item.itemId()).statusCode()).as(outsider).isEqualTo(404);
            assertThat(other.get("/reach/items/" + item.itemId() + "/export.csv").statusCode()).as(outsider).isEqualTo(404);
        }
        Http supervisor = Http.anonymous(port);
        supervisor.formLogin("supervisor", "jiqitong-demo");
        assertThat(supervisor.get("/reach/items/" + item.itemId()).statusCode()).isEqualTo(200);

        // withdrawn: it reaches nobody any more, and the day's count says so
        policies.withdraw(item.versionId(), "测试撤回", TestItems.OFFICER);
        eventually("the item's verdicts are dropped", () -> matching.reach(item.itemId()).isEmpty());
        assertThat(matching.history(item.itemId())).last().satisfies(h -> assertThat(h.eligible() + h.undetermined()).isZero());
        assertThat(officer.get("/reach/items/" + item.itemId()).statusCode()).isEqualTo(404);
    }

    private Set<String> usccs(long itemId, Verdict verdict) {
        Set<String> out = new HashSet<>();
        matching.forEachReached(itemId, verdict, batch -> batch.forEach(e -> out.add(e.uscc())));
        return out;
    }
}

package org.jiqitong.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.matching.Matching;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The library's starting content: published through the lifecycle, so every item's fixtures passed. */
class SeedLibraryIntegrationTest extends IntegrationTest {

    @Autowired
    Policies policies;
    @Autowired
    Matching matching;

    private List<ItemVersionView> seedItems() {
        return policies.published().stream().filter(v -> v.docNumber().startsWith("未载明文号")).toList();
    }

    @Test
    void atLeastThirtyItemsFromAtLeastEightDepartmentsArePublished() {
        assertThat(seedItems()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(seedItems().stream().map(ItemVersionView::departmentCode).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(seedItems()).allSatisfy(v -> assertThat(v.reviewer()).isNotEqualTo(v.author()));
    }

    @Test
    void searchFindsItemsByWordsInsideTheirText() {
        Map<String, String> expected = Map.of("专精特新", "专精特新中小企业认定奖励", "担保费", "政府性融资担保(担保费率不高于1%)",
                "首贷", "民营和小微企业首贷培植", "人才住房", "人才住房保障", "创新券", "中小微企业创新券",
                "知识产权质押", "知识产权质押融资");
        expected.forEach((word, item) -> {
            List<SearchHit> hits = policies.search(new PolicyQuery(word, null, null, null, null));
            assertThat(hits).as(word).extracting(h -> h.item().view().content().name()).contains(item);
            // other tests publish their own items into the same database: rank among the seed library's items
            assertThat(hits.stream().filter(h -> h.item().view().docNumber().startsWith("未载明文号")))
                    .as(word + " ranks its item first").first()
                    .satisfies(h -> assertThat(h.item().view().content().name()).isEqualTo(item));
        });
        List<SearchHit> hits = policies.search(new PolicyQuery("担保费率", null, null, null, null));
        assertThat(hits.get(0).snippetHtml()).contains("<mark>");
        assertThat(policies.search(new PolicyQuery("区块链火箭", null, null, null, null))).isEmpty();
    }

    @Test
    void searchFiltersByTypeDepartmentAndNoApplication() {
        List<SearchHit> awards = policies.search(new PolicyQuery(null, BenefitType.AWARD, "IIT", true, null));
        assertThat(awards).isNotEmpty().allSatisfy(h -> {
            assertThat(h.item().view().content().benefitType()).isEqualTo(BenefitType.AWARD);
            assertThat(h.item().view().departmentCode()).isEqualTo("IIT");
            assertThat(h.item().view().content().noApplication()).isTrue();
        });
        List<String> forSoftware = policies.search(new PolicyQuery(null, null, null, null, null, "I6513", "SMALL", "370102"))
                .stream().map(h -> h.item().view().content().name()).toList();
        assertThat(forSoftware).contains("政府性融资担保(担保费率不高于1%)", "中小微企业创新券")
                .doesNotContain("中小型制造业企业数字化改造项目补助", "商贸企业营业收入增长奖励");
        assertThat(policies.search(new PolicyQuery(null, null, null, null, null, null, "LARGE", null)))
                .extracting(h -> h.item().view().content().name()).doesNotContain("中小微企业创新券");
        String api = Http.anonymous(port).get("/api/v1/policies?q=" + URLEncoder.encode("担保费", StandardCharsets.UTF_8)).body();
        assertThat(api).contains("政府性融资担保", "<mark>");
    }

    @Test
    void myPoliciesExplainsEligibleAndUndeterminedItemsFromTheRegistry() {
        LocalDate day = org.jiqitong.TestClock.TODAY;
        List<ItemMatch> ent1 = matching.forEntity(Uscc.parse(DemoRegistry.ENTERPRISE_USCCS.get(0)), day).orElseThrow();
        ItemMatch highTech = ent1.stream().filter(m -> m.name().equals("高新技术企业认定奖励")).findFirst().orElseThrow();
        assertThat(highTech.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(highTech.amountFen()).isEqualTo(20_000_000L);
        assertThat(highTech.amountIllustrative()).isTrue();
        assertThat(highTech.explanations()).anySatisfy(e -> assertThat(e.text())
                .contains("有效期内的高新技术企业", "满足", "《关于加快推动民营经济高质量发展的实施意见》 第6条"));
        assertThat(ent1.get(0).verdict()).as("eligible items come first").isEqualTo(Verdict.ELIGIBLE);

        List<ItemMatch> ent3 = matching.forEntity(Uscc.parse(DemoRegistry.ENTERPRISE_USCCS.get(2)), day).orElseThrow();
        ItemMatch trade = ent3.stream().filter(m -> m.name().equals("商贸企业营业收入增长奖励")).findFirst().orElseThrow();
        assertThat(trade.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(trade.missing()).containsExactly("上一年度营业收入(市统计局)");
    }
}

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
    void searchRanksPhrasesAndWordsFirstAndNeverDriftsOnSingleCharacters() {
        Map<String, String> top = new java.util.LinkedHashMap<>();
        top.put("专精特新", "专精特新中小企业认定奖励");
        top.put("首贷", "民营和小微企业首贷培植");
        top.put("创新券", "中小微企业创新券");
        top.put("博士后", "博士后科研工作站建站资助");
        top.put("上市挂牌", "企业上市挂牌奖励");
        top.put("用电报装", "小微企业用电报装“三零”服务");
        top.put("转贷", "中小企业转贷引导基金");
        top.put("瞪羚", "瞪羚企业认定奖励");
        top.put("数字化改造", "中小型制造业企业数字化改造项目补助");
        top.put("人才服务金卡", "泉城人才服务金卡");
        top.forEach((query, expected) -> assertThat(seedHits(query)).as(query).first().isEqualTo(expected));
        assertThat(seedHits("专精特新")).as("no item only for its 新").doesNotContain("博士后科研工作站建站资助", "企业上市挂牌奖励");
        assertThat(seedHits("首贷")).as("首贷 is not 首台(套)").doesNotContain("首台(套)重大技术装备推广应用补贴");
        assertThat(seedHits("瞪羚 一次性奖励")).as("every part required").first().isEqualTo("瞪羚企业认定奖励");
        assertThat(seedHits("瞪羚 一次性奖励")).doesNotContain("企业上市挂牌奖励", "专精特新中小企业认定奖励");
        assertThat(seedHits("泉城金卡")).as("no phrase, no word: then the characters").contains("泉城人才服务金卡");
    }

    private List<String> seedHits(String words) {
        return policies.search(new PolicyQuery(words, null, null, null, null)).stream()
                .filter(h -> h.item().view().docNumber().startsWith("未载明文号"))
                .map(h -> h.item().view().content().name()).toList();
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

    @Test
    void aConditionTheTextStatesAndTheRegistryCannotCheckIsMissingNeverDropped() {
        LocalDate day = org.jiqitong.TestClock.TODAY;
        // ent1 has 100+ staff but nothing says it has a postdoc station: the item may not promise its amount
        List<ItemMatch> ent1 = matching.forEntity(Uscc.parse(DemoRegistry.ENTERPRISE_USCCS.get(0)), day).orElseThrow();
        ItemMatch postdoc = ent1.stream().filter(m -> m.name().equals("博士后科研工作站建站资助")).findFirst().orElseThrow();
        assertThat(postdoc.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(postdoc.missing()).containsExactly("是否设有博士后科研工作站(申报时由企业提供,主管部门核实)");
        // 新认定: ent1's 专精特新 certification of five months ago counts, one of fourteen months would not
        ItemMatch specialised = ent1.stream().filter(m -> m.name().equals("专精特新中小企业认定奖励")).findFirst().orElseThrow();
        assertThat(specialised.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(specialised.explanations()).anySatisfy(e -> assertThat(e.text()).contains("近一年内新认定为专精特新中小企业"));
        ItemVersionView item = seedItems().stream().filter(v -> v.content().name().equals("专精特新中小企业认定奖励"))
                .findFirst().orElseThrow();
        assertThat(item.content().fixtures()).contains("认定已满一年(2024年认定)", "认定日期未知");
    }

    @Test
    void everyMoneyItemHasACapAndEveryOtherIsDeclaredWithoutMoney() {
        assertThat(seedItems()).allSatisfy(v -> {
            BenefitType type = v.content().benefitType();
            boolean money = type == BenefitType.SUBSIDY || type == BenefitType.AWARD || type == BenefitType.LOAN_INTEREST;
            assertThat(v.content().capFen() != null).as(v.content().name()).isEqualTo(money);
        });
    }
}

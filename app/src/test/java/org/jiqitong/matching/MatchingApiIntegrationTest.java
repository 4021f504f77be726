package org.jiqitong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.NewDocument;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calculator, 我的政策 and the public item list over real HTTP, for an item published through the lifecycle. */
class MatchingApiIntegrationTest extends IntegrationTest {

    private static final CurrentUser AUTHOR = new CurrentUser(0, "officer", "officer", Role.POLICY_OFFICER, "IIT", null, null, false, true);
    private static final CurrentUser SECOND = new CurrentUser(0, "officer2", "officer2", Role.POLICY_OFFICER, "IIT", null, null, false, true);
    private static final String CITE = "\"cite\":{\"doc\":\"测试〔2026〕2号\",\"clause\":\"第四条\"}";

    @Autowired
    Policies policies;

    private long itemId;
    private String name;

    @BeforeEach
    void publishAnItem() {
        name = "专精特新制造业奖励(接口测试" + UUID.randomUUID().toString().substring(0, 6) + ")";
        long doc = policies.createDocument(new NewDocument("测试〔" + UUID.randomUUID().toString().substring(0, 8) + "〕号",
                "测试文件", "市工业和信息化局", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), null, null, null), AUTHOR);
        String conditions = "{\"all\":["
                + "{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C\"],\"wording\":\"属于制造业\"," + CITE + "},"
                + "{\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"SPECIALISED\"],\"wording\":\"专精特新中小企业\"," + CITE + "},"
                + "{\"attr\":\"status\",\"op\":\"eq\",\"value\":\"ACTIVE\",\"wording\":\"登记状态为存续\"," + CITE + "}]}";
        String fixtures = "[{\"name\":\"符合\",\"asOf\":\"2026-06-30\",\"facts\":{\"industry\":\"C3911\",\"status\":\"ACTIVE\","
                + "\"qualifications\":[\"SPECIALISED\"]},\"verdict\":\"ELIGIBLE\",\"amountFen\":30000000}]";
        var draft = policies.createItem(doc, new ItemContent(name, BenefitType.AWARD, "对专精特新中小企业给予一次性奖励。",
                "制造业专精特新中小企业", conditions, "30 * 1000000", 30_000_000L, true, fixtures, List.of("营业执照"),
                List.of("网上申报"), null, LocalDate.of(2026, 12, 31), 30, "张工", "0531-00000000", "济南市测试路1号", false,
                null, null, null), AUTHOR);
        policies.submit(draft.versionId(), AUTHOR);
        itemId = policies.approve(draft.versionId(), "同意", SECOND).itemId();
    }

    private String matchOf(String json) {
        int at = json.indexOf("\"itemId\":" + itemId + ",");
        assertThat(at).as("the published item is listed").isGreaterThanOrEqualTo(0);
        int end = json.indexOf("\"itemId\":", at + 10);
        return json.substring(at, end < 0 ? json.length() : end);
    }

    @Test
    void aVisitorsFactsGiveVerdictsAmountsAndReasonsWithoutSigningIn() {
        HttpResponse<String> eligible = Http.anonymous(port).postJson("/api/v1/calculator",
                "{\"facts\":{\"industry_code\":\"C3911\",\"status\":\"存续\",\"qualifications\":[\"专精特新中小企业\"],"
                        + "\"employees\":120,\"revenue_yuan\":35000000.50}}");
        assertThat(eligible.statusCode()).isEqualTo(200);
        assertThat(matchOf(eligible.body())).contains("\"verdict\":\"ELIGIBLE\"", "\"amountFen\":30000000",
                "\"amountIllustrative\":true", "属于制造业", "\"outcome\":\"MET\"", "测试〔2026〕2号");

        HttpResponse<String> unknown = Http.anonymous(port).postJson("/api/v1/calculator",
                "{\"facts\":{\"industry_code\":\"C3911\",\"qualifications\":[\"SPECIALISED\"]}}");
        assertThat(matchOf(unknown.body())).contains("\"verdict\":\"UNDETERMINED\"", "\"missing\":[\"登记状态(市市场监督管理局)\"]");

        HttpResponse<String> software = Http.anonymous(port).postJson("/api/v1/calculator",
                "{\"facts\":{\"industry_code\":\"I6513\",\"status\":\"存续\",\"qualifications\":[\"SPECIALISED\"]}}");
        assertThat(matchOf(software.body())).contains("\"verdict\":\"INELIGIBLE\"", "\"outcome\":\"FAILED\"");
    }

    @Test
    void badFactsAreRefusedWithTheirPath() {
        HttpResponse<String> r = Http.anonymous(port).postJson("/api/v1/calculator",
                "{\"facts\":{\"industry_code\":\"C99X\",\"revenue_yuan\":1.234,\"colour\":\"red\"}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("facts.industry_code", "facts.revenue_yuan", "facts.colour");
    }

    @Test
    void anEnterpriseSeesItsOwnMatchesFromTheRegistryAndNoOneElses() {
        String ent1 = DemoRegistry.ENTERPRISE_USCCS.get(0);
        HttpResponse<String> own = Http.basic(port, "ent1", "jiqitong-demo").get("/api/v1/entities/" + ent1 + "/matches");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(matchOf(own.body())).contains("\"verdict\":\"ELIGIBLE\"", "\"amountFen\":30000000");
        assertThat(Http.basic(port, "ent2", "jiqitong-demo").get("/api/v1/entities/" + ent1 + "/matches").statusCode())
                .isEqualTo(404);
        assertThat(Http.anonymous(port).get("/api/v1/entities/" + ent1 + "/matches").statusCode()).isEqualTo(401);
    }

    @Test
    void thePublicFindsPublishedItemsByTheirWords() {
        HttpResponse<String> r = Http.anonymous(port).get("/api/v1/policies?q=" + java.net.URLEncoder.encode("专精特新",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(name, "同时满足以下全部条件");
        assertThat(Http.anonymous(port).get("/api/v1/policies/" + itemId).body()).contains(name, "\"capFen\":30000000");
        assertThat(Http.anonymous(port).get("/api/v1/policies/999999999").statusCode()).isEqualTo(404);
    }
}

package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The officers' journey through a running instance's pages: an item drafted, submitted, approved by a second officer. */
final class OfficerJourney {

    private static final String PASSWORD = "jiqitong-demo";

    private OfficerJourney() {
    }

    /**
     * An officer of IIT drafts, checks and submits an item on the instance's pages, every active entity eligible (a
     * 免申即享 item pays 100 元 each); a second officer approves it. Returns the item's number.
     */
    static long publish(int port, boolean noApplication) throws Exception {
        Http officer = Http.anonymous(port);
        officer.formLogin("officer", PASSWORD);
        String csrf = officer.csrfToken("/officer/items");
        String documentId = Pattern.compile("name=\"documentId\".*?<option value=\"(\\d+)\"", Pattern.DOTALL)
                .matcher(officer.get("/officer/items").body()).results().findFirst().orElseThrow().group(1);
        String name = "在营企业服务券(双实例)" + System.nanoTime();
        String version = officer.postForm("/officer/items", Map.of("documentId", documentId, "name", name,
                "benefitType", "SERVICE"), csrf).headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        officer.postForm(version, Map.ofEntries(Map.entry("name", name), Map.entry("benefitType", "SERVICE"),
                Map.entry("content", "在营企业可领取一次服务券。"), Map.entry("beneficiaries", "在营企业"),
                Map.entry("fixtures", "[{\"name\":\"存续\",\"asOf\":\"2026-06-30\",\"facts\":{\"status\":\"ACTIVE\"},"
                        + "\"verdict\":\"ELIGIBLE\"" + (noApplication ? ",\"amountFen\":10000" : "")
                        + "},{\"name\":\"注销\",\"asOf\":\"2026-06-30\",\"facts\":{\"status\":\"DEREGISTERED\"},"
                        + "\"verdict\":\"INELIGIBLE\"}]"),
                Map.entry("materials", "无"), Map.entry("procedureSteps", "领取"), Map.entry("payoutDays", "30"),
                Map.entry("contactPerson", "服务科"), Map.entry("contactPhone", "0531-1"),
                Map.entry("noApplication", String.valueOf(noApplication)),
                Map.entry("formula", noApplication ? "100 * 100" : ""), Map.entry("capYuan", noApplication ? "100" : "")),
                csrf);
        officer.postForm(version + "/conditions", Map.of("attr", "status", "op", "eq", "values", "ACTIVE",
                "wording", "登记状态为存续", "doc", "双实例测试"), csrf);
        officer.postForm(version + "/submit", Map.of(), csrf);
        assertThat(officer.get(version).body()).as("submitted").doesNotContain("id=\"problems\"");
        Http reviewer = Http.anonymous(port);
        reviewer.formLogin("officer2", PASSWORD);
        reviewer.postForm(version + "/approve", Map.of("note", "同意"), reviewer.csrfToken("/officer/items"));
        Matcher item = Pattern.compile("id=\"item-number\">(\\d+)<").matcher(reviewer.get(version).body());
        assertThat(item.find()).isTrue();
        assertThat(reviewer.get(version).body()).contains("已发布");
        return Long.parseLong(item.group(1));
    }
}

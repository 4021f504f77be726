package org.jiqitong.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issues 13.19 and 13.12: a policy officer's workspace holds only the items of the officer's own department. Another
 * department's version — even a published one, whose public page anyone may read — is 404 in the editor, and every
 * action on it is 404 too (it used to answer the editor with its audit trail, and 500 to the actions).
 */
class OfficerScopeIntegrationTest extends IntegrationTest {

    @Autowired
    Policies policies;

    @Test
    void anIitOfficerFindsNoSciVersionInTheWorkspace() {
        ItemVersionView sci = policies.published().stream().filter(v -> v.departmentCode().equals("SCI")).findFirst()
                .orElseThrow();
        ItemVersionView iit = policies.published().stream().filter(v -> v.departmentCode().equals("IIT")).findFirst()
                .orElseThrow();
        Http officer = Http.anonymous(port);
        officer.formLogin("officer", "jiqitong-demo");
        var page = officer.get("/officer/versions/" + sci.versionId());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(sci.content().name());
        String csrf = officer.csrfToken("/officer/items");
        for (String action : List.of("", "/check", "/submit", "/approve", "/send-back", "/withdraw", "/conditions",
                "/conditions/remove")) {
            var r = officer.postForm("/officer/versions/" + sci.versionId() + action, Map.of("path", "conditions",
                    "reason", "x"), csrf);
            assertThat(r.statusCode()).as("POST " + action).isEqualTo(404);
        }
        assertThat(policies.versionOnRecord(sci.versionId()).orElseThrow().status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(officer.get("/officer/versions/" + iit.versionId()).statusCode()).as("its own department's")
                .isEqualTo(200);
        assertThat(Http.anonymous(port).get("/policies/" + sci.itemId()).statusCode())
                .as("the public page of the published item stays open").isEqualTo(200);
    }

    /** A condition added without its citation (the officer cleared the field) is refused with the reason, not a 500. */
    @Test
    void aConditionWithoutItsCitationIsRefusedWithTheReason() {
        Http officer = Http.anonymous(port);
        officer.formLogin("officer", "jiqitong-demo");
        String csrf = officer.csrfToken("/officer/items");
        String documentId = java.util.regex.Pattern.compile("name=\"documentId\".*?<option value=\"(\\d+)\"",
                java.util.regex.Pattern.DOTALL).matcher(officer.get("/officer/items").body()).results().findFirst()
                .orElseThrow().group(1);
        var created = officer.postForm("/officer/items", Map.of("documentId", documentId, "name", "无依据条件测试"
                + System.nanoTime(), "benefitType", "AWARD"), csrf);
        String version = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(version).matches("/officer/versions/\\d+");
        var r = officer.postForm(version + "/conditions", Map.of("attr", "status", "op", "eq", "values", "ACTIVE",
                "wording", "登记状态为存续", "doc", " "), csrf);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(officer.get(version).body()).contains("请填写条件的依据");
        var cited = officer.postForm(version + "/conditions", Map.of("attr", "status", "op", "eq", "values", "ACTIVE",
                "wording", "登记状态为存续", "doc", "济政发〔2021〕10号"), csrf);
        assertThat(cited.statusCode()).isEqualTo(302);
        assertThat(officer.get(version).body()).contains("已添加条件").doesNotContain("请填写条件的依据");
    }
}

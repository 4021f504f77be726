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
}

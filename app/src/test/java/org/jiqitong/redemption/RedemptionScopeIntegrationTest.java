package org.jiqitong.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.NewAccount;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scope as a matrix over real HTTP: for every endpoint of 申报兑现, enterprise B cannot see or act on A's
 * applications, another department cannot act on this department's, and no role acts outside its stage — each
 * answers 404 and changes nothing.
 */
class RedemptionScopeIntegrationTest extends IntegrationTest {

    private static final String PASSWORD = "scope-test-pass";

    @Autowired
    Redemption redemption;
    @Autowired
    org.jiqitong.redemption.Materials materials;
    @Autowired
    org.jiqitong.redemption.Intake intake;
    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    Identity identity;

    private String enterprise(String prefix) {
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南范围测试科技有限公司"));
        String username = prefix + uscc.substring(10).toLowerCase(java.util.Locale.ROOT);
        identity.createAccount(new NewAccount(username, PASSWORD, "范围测试", Role.ENTERPRISE, null, new Uscc(uscc)));
        return uscc;
    }

    private Http session(String username, String password) {
        Http http = Http.anonymous(port);
        http.formLogin(username, password);
        return http;
    }

    @Test
    void noOneActsOutsideTheirScope() {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(范围)" + System.nanoTime(), null, null, null);
        ItemVersionView other = TestItems.publishPayable(policies, "研发补助(范围2)" + System.nanoTime(), null, null, null);
        String a = enterprise("sa");
        enterprise("sb");
        CurrentUser meA = TestItems.enterprise(a);
        ApplicationView draft = redemption.start(other.itemId(), meA);
        ApplicationView app = redemption.start(item.itemId(), meA);
        redemption.saveDraft(app.id(), Map.of("contact_person", "王", "contact_phone", "1"), meA);
        materials.attach(app.id(), "营业执照", "l.pdf", new ByteArrayInputStream(RedemptionIntegrationTest.PDF), meA);
        redemption.submit(app.id(), true, meA);
        intake.accept(app.id(), false, null, TestItems.staff("clerk", Role.CLERK, "SERVICE"));
        String sciReviewer = "scirev" + System.nanoTime() % 100000;
        identity.createAccount(new NewAccount(sciReviewer, PASSWORD, "科技局审核", Role.REVIEWER, "SCI", null));

        String usernameA = "sa" + a.substring(10).toLowerCase(java.util.Locale.ROOT);
        String usernameB = jdbcUsername("sb");
        Map<String, Http> who = Map.of(
                "enterprise B", session(usernameB, PASSWORD),
                "SCI reviewer", session(sciReviewer, PASSWORD),
                "IIT reviewer", session("reviewer", "jiqitong-demo"),
                "clerk", session("clerk", "jiqitong-demo"),
                "finance", session("finance", "jiqitong-demo"));
        long id = app.id();
        long d = draft.id();
        List<String[]> enterpriseOnly = List.of(
                new String[] {"GET", "/my/applications/" + id}, new String[] {"GET", "/my/applications/" + d},
                new String[] {"POST", "/my/applications/" + d + "/form", "contact_person", "篡改"},
                new String[] {"POST", "/my/applications/" + d + "/submit", "declared", "true"},
                new String[] {"POST", "/my/applications/" + d + "/reuse", "name", "营业执照", "sha256", "0".repeat(64)},
                new String[] {"POST", "/my/applications/" + id + "/supplement", "note", "x"},
                new String[] {"POST", "/my/applications/" + id + "/bank", "accountName", "x", "bankName", "y", "accountNo", "123456789"},
                new String[] {"POST", "/my/applications/" + id + "/rating", "score", "1"});
        List<String[]> windowOnly = List.of(
                new String[] {"POST", "/window/" + id + "/accept", "handling", "DIRECT"},
                new String[] {"POST", "/window/" + id + "/refuse", "reason", "x"});
        List<String[]> iitReviewOnly = List.of(
                new String[] {"POST", "/review/" + id + "/approve", "amountYuan", "10000.00"},
                new String[] {"POST", "/review/" + id + "/reject", "reason", "x"},
                new String[] {"POST", "/review/" + id + "/supplement", "reason", "x"},
                new String[] {"POST", "/review/" + id + "/send-back", "reason", "x"});
        List<String[]> financeOnly = List.of(new String[] {"GET", "/payouts"}, new String[] {"POST", "/payouts/batches"},
                new String[] {"GET", "/payouts/batches/1"}, new String[] {"GET", "/payouts/batches/1/bank.csv"});
        List<String[]> partiesOnly = List.of(new String[] {"GET", "/applications/" + id + "/materials/营业执照"},
                new String[] {"GET", "/api/v1/applications/" + id}, new String[] {"GET", "/api/v1/applications/" + id + "/timeline"},
                new String[] {"GET", "/review/" + id});

        List<String> failures = new ArrayList<>();
        for (var e : who.entrySet()) {
            String role = e.getKey();
            Http http = e.getValue();
            String csrf = http.csrfToken("/");
            check(failures, role, http, csrf, enterpriseOnly);
            if (!role.equals("clerk")) {
                check(failures, role, http, csrf, windowOnly);
            }
            if (!role.equals("IIT reviewer")) {
                check(failures, role, http, csrf, iitReviewOnly);
            }
            if (!role.equals("finance")) {
                check(failures, role, http, csrf, financeOnly);
            }
            if (role.equals("enterprise B") || role.equals("SCI reviewer")) {
                check(failures, role, http, csrf, partiesOnly);
            }
        }
        assertThat(failures).as("answers other than 404").isEmpty();

        // the rightful parties do see it, and nothing changed
        Http owner = session(usernameA, PASSWORD);
        assertThat(owner.get("/my/applications/" + id).statusCode()).isEqualTo(200);
        assertThat(owner.get("/api/v1/applications/" + id).body()).contains("\"status\":\"IN_REVIEW\"");
        assertThat(who.get("IIT reviewer").get("/review/" + id).statusCode()).isEqualTo(200);
        assertThat(redemption.get(id, meA).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(redemption.get(d, meA).form()).containsEntry("contact_person", "");
        assertThat(redemption.get(d, meA).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String jdbcUsername(String prefix) {
        return jdbc.sql("SELECT username FROM identity_user WHERE username LIKE ? ORDER BY id DESC LIMIT 1")
                .param(prefix + "%").query(String.class).single();
    }

    private static void check(List<String> failures, String role, Http http, String csrf, List<String[]> calls) {
        for (String[] c : calls) {
            int status;
            if (c[0].equals("GET")) {
                status = http.get(c[1]).statusCode();
            } else {
                Map<String, String> fields = new java.util.LinkedHashMap<>();
                for (int i = 2; i + 1 < c.length; i += 2) {
                    fields.put(c[i], c[i + 1]);
                }
                status = http.postForm(c[1], fields, csrf).statusCode();
            }
            if (status != 404) {
                failures.add(role + " " + c[0] + " " + c[1] + " → " + status);
            }
        }
    }
}

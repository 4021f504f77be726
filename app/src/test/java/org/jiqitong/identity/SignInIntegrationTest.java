package org.jiqitong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-in throttling (form and Basic alike), password hashing, and the sign-in audit. */
class SignInIntegrationTest extends IntegrationTest {

    @Autowired
    Identity identity;
    @Autowired
    JdbcClient jdbc;

    private String newClerk() {
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        identity.createAccount(new NewAccount(username, "right-password-1", "测试窗口", Role.CLERK, "SERVICE", null));
        return username;
    }

    private static Http from(Http http, String address) {
        return http.header("X-Forwarded-For", address); // the platform trusts a proxy on an internal address
    }

    /**
     * Issue 13.4: five failures from one address make that address wait (form and Basic alike) — the right password
     * from there is refused unchecked, with exactly the answer an unknown name gets — while the real user from
     * another address signs in; the audit records each attempt.
     */
    @Test
    void fiveFailuresFromOneAddressThrottleThatAddressOnlyAndAnswerLikeAnUnknownName() {
        String username = newClerk();
        String attacker = "10.9.8.7";
        assertThat(from(Http.basic(port, username, "right-password-1"), attacker).get("/api/v1/entities?size=1")
                .statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(from(Http.basic(port, username, "wrong"), attacker).get("/api/v1/entities?size=1").statusCode())
                    .isEqualTo(401);
        }
        var throttled = from(Http.basic(port, username, "right-password-1"), attacker).get("/api/v1/entities?size=1");
        var unknown = from(Http.basic(port, "nobody-" + username, "whatever"), attacker).get("/api/v1/entities?size=1");
        assertThat(throttled.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
        assertThat(throttled.body().replace(username, "").replace("nobody-", ""))
                .isEqualTo(unknown.body().replace("nobody-" + username, "").replace(username, ""));
        assertThat(throttled.body()).doesNotContain("锁定");
        assertThat(from(Http.anonymous(port), attacker).formLogin(username, "right-password-1")).contains("/login?error");

        assertThat(from(Http.basic(port, username, "right-password-1"), "10.1.1.1").get("/api/v1/entities?size=1")
                .statusCode()).as("the real user, elsewhere").isEqualTo(200);
        assertThat(from(Http.anonymous(port), "10.1.1.2").formLogin(username, "right-password-1")).doesNotContain("error");

        assertThat(jdbc.sql("SELECT outcome FROM identity_sign_in WHERE username = ? ORDER BY id").param(username)
                .query(String.class).list())
                .containsExactly("SUCCESS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                        "BAD_CREDENTIALS", "THROTTLED", "THROTTLED", "SUCCESS", "SUCCESS");
        assertThat(jdbc.sql("SELECT remote_address FROM identity_sign_in WHERE username = ? AND outcome = 'THROTTLED'")
                .param(username).query(String.class).list()).containsOnly(attacker);
    }

    /** Issue 13.4: an administrator lifts the limits; the sign-in audit shows who did. */
    @Test
    void anAdministratorUnlocksAndTheAuditShowsIt() {
        String username = newClerk();
        String address = "10.7.7.7";
        for (int i = 0; i < 5; i++) {
            from(Http.basic(port, username, "wrong"), address).get("/api/v1/entities?size=1");
        }
        assertThat(from(Http.basic(port, username, "right-password-1"), address).get("/api/v1/entities?size=1")
                .statusCode()).isEqualTo(401);
        Http admin = Http.anonymous(port);
        admin.formLogin("admin", "jiqitong-demo");
        var page = admin.get("/admin/sign-ins");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(username, address, "失败过多,暂不受理");
        String csrf = admin.csrfToken("/admin/sign-ins");
        assertThat(admin.postForm("/admin/sign-ins/unlock", java.util.Map.of("username", username), csrf).statusCode())
                .isEqualTo(302);
        assertThat(from(Http.basic(port, username, "right-password-1"), address).get("/api/v1/entities?size=1")
                .statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT actor FROM identity_sign_in WHERE username = ? AND outcome = 'UNLOCKED'")
                .param(username).query(String.class).single()).isEqualTo("admin");
        Http clerk = Http.anonymous(port);
        clerk.formLogin("clerk", "jiqitong-demo");
        assertThat(clerk.get("/admin/sign-ins").statusCode()).as("not for other staff").isEqualTo(404);
    }

    /** Issue 13.1: the count and the lock are one conditional UPDATE taken before the password is checked. */
    @Test
    void sixtyParallelGuessesGetFivePasswordChecksAndTheRightPasswordAfterThemIsRefused() throws Exception {
        String username = newClerk();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        var go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                return Http.basic(port, username, "wrong-guess").get("/api/v1/entities?size=1").statusCode();
            }));
        }
        go.countDown();
        for (var c : calls) {
            assertThat(c.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(401);
        }
        pool.shutdown();
        assertThat(jdbc.sql("SELECT count(*) FROM identity_sign_in WHERE username = ? AND outcome = 'BAD_CREDENTIALS'")
                .param(username).query(Long.class).single()).as("passwords checked").isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_sign_in WHERE username = ? AND outcome = 'THROTTLED'")
                .param(username).query(Long.class).single()).as("refused unchecked").isEqualTo(55);
        assertThat(Http.basic(port, username, "right-password-1").get("/api/v1/entities?size=1").statusCode())
                .as("the right password after them").isEqualTo(401);
    }

    @Test
    void fourFailuresThenASuccessResetTheCount() {
        String username = newClerk();
        for (int i = 0; i < 4; i++) {
            Http.basic(port, username, "wrong").get("/api/v1/entities?size=1");
        }
        assertThat(Http.basic(port, username, "right-password-1").get("/api/v1/entities?size=1").statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            Http.basic(port, username, "wrong").get("/api/v1/entities?size=1");
        }
        assertThat(Http.basic(port, username, "right-password-1").get("/api/v1/entities?size=1").statusCode()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String username = newClerk();
        String hash = jdbc.sql("SELECT password_hash FROM identity_user WHERE username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain("right-password-1");
    }

    @Test
    void theDemoAccountsExistWithTheirScopes() {
        assertThat(jdbc.sql("SELECT username || ':' || role || ':' || coalesce(department_code, '-') FROM identity_user "
                + "WHERE username IN ('admin','clerk','reviewer','finance','supervisor','officer','commissioner','ent1','ent2','ent3') ORDER BY username")
                .query(String.class).list()).hasSize(10).contains("reviewer:REVIEWER:IIT", "officer:POLICY_OFFICER:IIT",
                "ent1:ENTERPRISE:-", "admin:ADMIN:-");
        assertThat(jdbc.sql("SELECT count(DISTINCT entity_uscc) FROM identity_user WHERE username IN ('ent1','ent2','ent3')")
                .query(Long.class).single()).isEqualTo(3);
    }
}

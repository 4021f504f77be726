package org.jiqitong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lockout after five failures (form and Basic alike), password hashing, and the sign-in audit. */
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

    @Test
    void fiveFailuresLockTheAccountForBasicAndFormAlike() {
        String username = newClerk();
        assertThat(Http.basic(port, username, "right-password-1").get("/api/v1/entities?size=1").statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(Http.basic(port, username, "wrong").get("/api/v1/entities?size=1").statusCode()).isEqualTo(401);
        }
        var locked = Http.basic(port, username, "right-password-1").get("/api/v1/entities?size=1");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("锁定");
        assertThat(Http.anonymous(port).formLogin(username, "right-password-1")).contains("/login?error");

        assertThat(jdbc.sql("SELECT outcome FROM identity_sign_in WHERE username = ? ORDER BY id").param(username)
                .query(String.class).list())
                .containsExactly("SUCCESS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS", "BAD_CREDENTIALS",
                        "BAD_CREDENTIALS", "LOCKED", "LOCKED");
        assertThat(jdbc.sql("SELECT channel FROM identity_sign_in WHERE username = ? ORDER BY id DESC LIMIT 1")
                .param(username).query(String.class).single()).isEqualTo("FORM");
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
        assertThat(jdbc.sql("SELECT count(*) FROM identity_sign_in WHERE username = ? AND outcome = 'LOCKED'")
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

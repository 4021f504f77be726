package org.jiqitong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Personal API tokens over real HTTP: issue, use, scope, revoke, audit; a token cannot mint tokens. */
class ApiTokenIntegrationTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "jiqitong-demo";
    private static final String ENT1 = DemoRegistry.ENTERPRISE_USCCS.get(0);
    private static final String ENT2 = DemoRegistry.ENTERPRISE_USCCS.get(1);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenActsExactlyAsItsAccountUntilRevoked() {
        Http ent1 = Http.basic(port, "ent1", PASSWORD);
        HttpResponse<String> issued = ent1.postJson("/api/v1/tokens", "{\"name\":\"ERP 对接\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(issued.body());
        String token = body.get("token").asString();
        long id = body.get("id").asLong();
        assertThat(token).startsWith("jqt_").hasSize(47);
        assertThat(issued.headers().firstValue("Location")).hasValue("/api/v1/tokens/" + id);
        assertThat(body.get("name").asString()).isEqualTo("ERP 对接");

        Http api = Http.bearer(port, token);
        assertThat(api.get("/api/v1/entities/" + ENT1 + "/matches").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/entities/" + ENT2).statusCode()).as("another enterprise").isEqualTo(404);
        assertThat(api.get("/api/v1/imports/1").statusCode()).as("an admin's endpoint").isIn(403, 404);
        assertThat(api.postJson("/api/v1/tokens", "{\"name\":\"再来一个\"}").statusCode())
                .as("a token cannot mint tokens").isEqualTo(403);

        String listed = ent1.get("/api/v1/tokens").body();
        assertThat(listed).contains("ERP 对接", "\"hint\":\"" + token.substring(0, 8) + "\"").doesNotContain(token);
        assertThat(jdbc.sql("SELECT count(*) FROM identity_api_token WHERE secret_sha256 = convert_to(?, 'UTF8')")
                .param(token).query(Long.class).single()).as("the secret itself is not stored").isZero();

        assertThat(ent1.delete("/api/v1/tokens/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> after = api.get("/api/v1/entities/" + ENT1 + "/matches");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.body()).contains("API 令牌无效或已撤销");
        assertThat(ent1.delete("/api/v1/tokens/" + id, null).statusCode()).as("revoked twice").isEqualTo(204);

        assertThat(jdbc.sql("SELECT action FROM identity_api_token_event WHERE token_id = ? ORDER BY id").param(id)
                .query(String.class).list()).containsExactly("ISSUED", "USED", "REVOKED");
    }

    @Test
    void aRevokeOnAnotherInstanceHoldsHereWithinTheRecheck() throws InterruptedException {
        Http ent1 = Http.basic(port, "ent1", PASSWORD);
        JsonNode body = JSON.readTree(ent1.postJson("/api/v1/tokens", "{\"name\":\"另一实例撤销\"}").body());
        Http api = Http.bearer(port, body.get("token").asString());
        assertThat(api.get("/api/v1/entities/" + ENT1 + "/matches").statusCode()).isEqualTo(200);
        // the other instance's revoke is a row in the shared database; this instance keeps the token for a moment
        jdbc.sql("UPDATE identity_api_token SET revoked_at = now() WHERE id = ?").param(body.get("id").asLong()).update();
        java.time.Duration recheck = java.time.Duration.ofSeconds(2); // ApiTokens.RECHECK_EVERY
        long deadline = System.nanoTime() + recheck.toNanos() + 1_000_000_000L;
        int status = 200;
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = api.get("/api/v1/entities/" + ENT1 + "/matches").statusCode();
        }
        assertThat(status).as("refused within %s", recheck).isEqualTo(401);
    }

    @Test
    void wrongMalformedAndOtherPeoplesTokensAreRefused() {
        assertThat(Http.bearer(port, "jqt_" + "A".repeat(43)).get("/api/v1/applications").statusCode()).isEqualTo(401);
        assertThat(Http.bearer(port, "nonsense").get("/api/v1/applications").statusCode()).isEqualTo(401);
        assertThat(Http.bearer(port, "").get("/api/v1/policies").statusCode()).as("even on a public route").isEqualTo(401);

        Http ent2 = Http.basic(port, "ent2", PASSWORD);
        long id = JSON.readTree(ent2.postJson("/api/v1/tokens", "{\"name\":\"ent2 的令牌\"}").body()).get("id").asLong();
        assertThat(Http.basic(port, "ent1", PASSWORD).delete("/api/v1/tokens/" + id, null).statusCode())
                .as("another account's token").isEqualTo(404);
        HttpResponse<String> unnamed = ent2.postJson("/api/v1/tokens", "{\"name\":\" \"}");
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(unnamed.body()).contains("\"field\":\"name\"", "请为令牌命名");
    }

    @Test
    void aSessionRequestNeedsItsCsrfTokenEvenWithAnAuthorizationHeader() {
        Http browser = Http.anonymous(port);
        browser.formLogin("ent1", PASSWORD);
        String csrf = browser.csrfToken("/account/tokens");
        browser.authorization("Bearer x");
        assertThat(browser.postJson("/api/v1/tokens", "{\"name\":\"无 CSRF\"}").statusCode()).isEqualTo(403);
        browser.authorization(null);
        assertThat(browser.postJson("/api/v1/tokens", "{\"name\":\"有 CSRF\"}", csrf).statusCode()).isEqualTo(201);
        assertThat(browser.get("/account/tokens").body()).contains("有 CSRF").doesNotContain("无 CSRF");
    }
}

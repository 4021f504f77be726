package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.demand.Demands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 13.23: the session cookie is Secure behind TLS; Open311 keys are stored hashed; the Swagger UI is a setting. */
class ProductionDefaultsIntegrationTest extends IntegrationTest {

    private static final String DEMO_KEY = "jiqitong-demo-12345-hotline";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Demands demands;

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndOverPlainHttpItIsNot() throws Exception {
        assertThat(signInCookie(true)).contains("Secure", "HttpOnly");
        assertThat(signInCookie(false)).contains("HttpOnly").doesNotContain("Secure");
    }

    /** Signs ent1 in through the login form, as through a TLS proxy or not; the session cookie it is given. */
    private String signInCookie(boolean proxiedTls) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var get = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")));
        if (proxiedTls) {
            get.header("X-Forwarded-Proto", "https");
        }
        var page = client.send(get.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .toList());
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        var post = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=ent1&password=jiqitong-demo&_csrf="
                        + java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8)));
        if (!cookies.isEmpty()) {
            post.header("Cookie", cookies);
        }
        if (proxiedTls) {
            post.header("X-Forwarded-Proto", "https");
        }
        var signedIn = client.send(post.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
    }

    @Test
    void open311KeysAreStoredAsTheirHashOnly() {
        assertThat(demands.validKey(DEMO_KEY)).isTrue();
        assertThat(demands.validKey(DEMO_KEY + "x")).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_name = 'open311_client'"
                + " AND column_name = 'api_key'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM open311_client WHERE key_sha256 = sha256(convert_to(?, 'UTF8'))")
                .param(DEMO_KEY).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentIsPublicAndTheSwaggerUiIsOffByDefault() {
        Http anonymous = Http.anonymous(port);
        var document = anonymous.get("/v3/api-docs");
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\"");
        assertThat(anonymous.get("/swagger-ui/index.html").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/").body()).contains("href=\"/v3/api-docs\"");
    }
}

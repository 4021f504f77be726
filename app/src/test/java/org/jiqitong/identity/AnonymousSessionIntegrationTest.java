package org.jiqitong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Issue 13.17: an anonymous visitor gets no server session until one is needed; signing in still works. */
class AnonymousSessionIntegrationTest extends IntegrationTest {

    @Test
    void anonymousPagesCreateNoSession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/login", "/", "/policies", "/calculator", "/notices", "/stats/demands"}) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
    }

    @Test
    void theLoginFormStillNeedsItsTokenAndSignsIn() {
        Http visitor = Http.anonymous(port);
        String token = visitor.csrfToken("/login");
        assertThat(visitor.postForm("/login", java.util.Map.of("username", "ent1", "password", "jiqitong-demo"),
                "not-the-token").statusCode()).as("a wrong token is refused").isEqualTo(403);
        assertThat(visitor.formLogin("ent1", "jiqitong-demo")).endsWith("/");
        assertThat(visitor.get("/my/policies").statusCode()).isEqualTo(200);
        String sessionToken = visitor.csrfToken("/my/policies");
        assertThat(sessionToken).isNotEqualTo(token);
    }
}

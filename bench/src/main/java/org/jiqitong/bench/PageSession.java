package org.jiqitong.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person at the platform's pages, as a browser is: signed in through the login form, a session cookie, the
 * session's CSRF token on every form. The benchmark publishes an item and starts a 免申即享 snapshot through the same
 * forms an officer uses.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern PROBLEMS = Pattern.compile("id=\"problems\"[^>]*>(.*?)</div>", Pattern.DOTALL);

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String csrf;

    PageSession(String base) {
        this.base = base;
    }

    void signIn(String username, String password) throws IOException, InterruptedException {
        csrf = token("/login");
        String target = post("/login", Map.of("username", username, "password", password));
        if (target.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + target);
        }
        csrf = token("/");
    }

    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + r.statusCode());
        }
        return r.body();
    }

    /** A form POST; returns where the platform redirects to (every form of the pages answers with a redirect). */
    String post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** A form POST whose redirect target must not show problems (the officer pages flash them there). */
    String act(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String target = post(path, fields);
        Matcher problems = PROBLEMS.matcher(get(target));
        if (problems.find()) {
            throw new IllegalStateException("POST " + path + " refused: " + problems.group(1).replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ").strip());
        }
        return target;
    }

    private String token(String page) throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get(page));
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package org.jiqitong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small real HTTP client for tests: Basic or a browser-like session with cookies. */
public final class Http {

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String base;
    private String basic;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    private Http(String base, boolean cookies) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(this.cookies);
        }
        this.client = builder.build();
    }

    public static Http anonymous(int port) {
        return new Http("http://localhost:" + port, true);
    }

    public static Http basic(int port, String username, String password) {
        Http http = new Http("http://localhost:" + port, false);
        http.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http;
    }

    /** Signs in through the login form (with its CSRF token); returns the redirect target. */
    public String formLogin(String username, String password) {
        String token = csrfToken("/login");
        HttpResponse<String> r = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token))));
        return r.headers().firstValue("Location").orElse("");
    }

    public String csrfToken(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get(page).body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return m.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postMultipart(String path, String fileName, String csv, String source, String csrf) {
        String boundary = "----jiqitong" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"source\"\r\n\r\n" + source + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder b = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return send(b);
    }

    /** A form POST with the session's CSRF token (as a browser sends it). */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields, String csrf) {
        StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
        fields.forEach((k, v) -> body.append('&').append(enc(k)).append('=').append(enc(v)));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Stateless, as another system calls the API: {@code Authorization: Bearer token}. */
    public static Http bearer(int port, String token) {
        Http http = new Http("http://localhost:" + port, false);
        http.basic = "Bearer " + token;
        return http;
    }

    /** Any method with a body of the given type (null: none); the CSRF token as a header when given. */
    public HttpResponse<String> send(String method, String path, String contentType, String body, String csrf) {
        HttpRequest.Builder b = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return send(b);
    }

    /** The value of a cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** This client sends the header with every request from now on (e.g. a proxy's X-Forwarded-Proto). */
    public Http header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** This client (with its cookies) sends {@code Authorization: value} from now on. */
    public Http authorization(String value) {
        this.basic = value;
        return this;
    }

    public HttpResponse<String> delete(String path, String csrf) {
        HttpRequest.Builder b = request(path).DELETE();
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        return send(b);
    }

    public HttpResponse<String> postJson(String path, String json, String csrf) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(b::header);
        if (basic != null) {
            b.header("Authorization", basic);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

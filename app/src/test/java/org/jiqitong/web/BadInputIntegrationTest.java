package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issues 13.8 and 13.12: uploads are refused before they are read when they carry no credentials or declare more
 * than their route accepts; control characters in any parameter or upload file name are a 400 naming the parameter.
 */
class BadInputIntegrationTest extends IntegrationTest {

    private static String multipart(String boundary, String fileName, int bytes) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n营业执照\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 " + "x".repeat(bytes) + "\r\n--" + boundary + "--\r\n";
    }

    /**
     * Sends only the head of an upload that declares {@code declared} bytes, and reads the answer: an answer that
     * comes while the body has not been sent proves the server refused it without reading (or spooling) it.
     */
    private String headOnly(String path, long declared, String session, String csrf) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(3_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + declared + "\r\n"
                    + (session == null ? "" : "Cookie: JSESSIONID=" + session + "\r\n")
                    + (csrf == null ? "" : "X-CSRF-TOKEN: " + csrf + "\r\n") + "Connection: close\r\n\r\n--x\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // the server answers at once, then waits for (and would discard) the body it declared: read what came
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                // nothing more without the body
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void anAnonymous50MbUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        String answer = headOnly("/my/applications/8/materials", 50L * 1024 * 1024, null, null);
        assertThat(answer).startsWith("HTTP/1.1 401").contains("请先登录再上传文件");
    }

    @Test
    void aSignedInUploadLargerThanItsRouteAcceptsIsRefusedAndANulInItsFileNameIsA400() throws Exception {
        Http ent1 = Http.anonymous(port);
        ent1.formLogin("ent1", "jiqitong-demo");
        String csrf = ent1.csrfToken("/my/policies");
        String big = headOnly("/my/applications/8/materials", 12L * 1024 * 1024, ent1.cookie("JSESSIONID"), csrf);
        assertThat(big).startsWith("HTTP/1.1 413").contains("超过该功能允许的 11 MB");
        String boundary = "b" + System.nanoTime();
        var nul = ent1.send("POST", "/my/applications/8/materials", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, "a\u0000b.pdf", 10), csrf);
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("上传的内容无法解析");
    }

    @Test
    void aNulInAParameterIsA400ThatNamesTheParameterOnPagesApiAndOpen311() {
        Http clerk = Http.anonymous(port);
        clerk.formLogin("clerk", "jiqitong-demo");
        var page = clerk.get("/registry?q=a%00b");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("参数\u201cq\u201d含有不允许的控制字符");
        var api = Http.basic(port, "clerk", "jiqitong-demo").get("/api/v1/entities?district=%01");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("district");
        var open311 = Http.anonymous(port).get("/open311/v2/requests.json?service_code=%00");
        assertThat(open311.statusCode()).isEqualTo(400);
        assertThat(open311.body()).contains("\"code\":400", "service_code");
        assertThat(clerk.get("/registry?q=" + java.net.URLEncoder.encode("泉智", StandardCharsets.UTF_8)).statusCode())
                .as("ordinary text still passes").isEqualTo(200);
    }

    @Test
    void anImpossibleYearIsA400NotA500() {
        Http supervisor = Http.anonymous(port);
        supervisor.formLogin("supervisor", "jiqitong-demo");
        for (String path : new String[] {"/demands/rates?year=10000000", "/demands/rates.csv?year=10000000"}) {
            assertThat(supervisor.get(path).statusCode()).as(path).isEqualTo(400);
        }
        assertThat(Http.anonymous(port).get("/stats/demands?year=10000000").statusCode()).isEqualTo(400);
    }
}

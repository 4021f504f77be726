package org.jiqitong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open311 GeoReport v2 over real HTTP, in JSON and XML, errors included. */
class Open311IntegrationTest extends IntegrationTest {

    private static final String KEY = "test-12345-hotline-key-0001";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Demands demands;
    @Autowired
    DemandHandling handling;

    @BeforeEach
    void key() {
        demands.registerClient(KEY, "12345测试");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/open311/v2" + path))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url("/open311/v2" + path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document d, String tag) {
        return d.getElementsByTagName(tag).item(0).getTextContent();
    }

    /** Issue 13.9, 13.13, 13.14, 13.18: what a hostile or careless caller sends is refused, and the feed stays XML. */
    @Test
    void controlCharactersAbsurdCoordinatesHugeFieldsAndAForgedHostAreRefusedOrIgnored() throws Exception {
        Map<String, String> good = Map.of("api_key", KEY, "service_code", "TAX", "description", "发票问题(测试)",
                "address_string", "济南市测试路1号");
        for (Map.Entry<String, String> bad : List.of(Map.entry("description", "开票\u0001\u000b失败"),
                Map.entry("last_name", "张\u0000"), Map.entry("lat", "NaN"), Map.entry("long", "Infinity"),
                Map.entry("lat", "999"), Map.entry("description", "长".repeat(4001)),
                Map.entry("address_string", "址".repeat(501)), Map.entry("last_name", "姓".repeat(51)))) {
            Map<String, String> form = new java.util.HashMap<>(good);
            form.put(bad.getKey(), bad.getValue());
            if (bad.getKey().equals("lat")) {
                form.put("long", "117.0");
            }
            if (bad.getKey().equals("long")) {
                form.put("lat", "36.6");
            }
            HttpResponse<String> r = post("/requests.json", form);
            assertThat(r.statusCode()).as(bad.getKey() + "=" + bad.getValue().substring(0, Math.min(8, bad.getValue().length())))
                    .isEqualTo(400);
            assertThat(r.body()).contains(bad.getKey());
        }
        // a value stored before these checks (written behind the API's back) cannot break the XML feed either
        HttpResponse<String> created = post("/requests.json", good);
        long id = JSON.readTree(created.body()).get(0).get("service_request_id").asLong();
        jdbc.sql("UPDATE demand SET description = ? WHERE id = ?").params("旧数据\u0001\u000b\uFFFF", id).update();
        Document feed = xml(get("/requests/" + id + ".xml").body());
        assertThat(text(feed, "description")).isEqualTo("旧数据\uFFFD\uFFFD\uFFFD");
        assertThat(xml(get("/requests.xml?service_request_id=" + id).body()).getElementsByTagName("request").getLength())
                .isEqualTo(1);

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url("/open311/v2/discovery.json")))
                .header("X-Forwarded-Host", "evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(forged.body()).get("endpoints").get(0).get("url").asString())
                .isEqualTo("http://localhost:8080/open311/v2").doesNotContain("evil");
    }

    @Test
    void discoveryAndServicesInJsonAndXml() throws Exception {
        HttpResponse<String> d = get("/discovery");
        assertThat(d.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(d.body());
        assertThat(discovery.get("endpoints").get(0).get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.get("endpoints").get(0).get("url").asString()).endsWith("/open311/v2");
        Document dx = xml(get("/discovery.xml").body());
        assertThat(dx.getDocumentElement().getNodeName()).isEqualTo("discovery");
        assertThat(dx.getElementsByTagName("format").getLength()).isEqualTo(2);

        HttpResponse<String> s = get("/services.json");
        assertThat(s.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode services = JSON.readTree(s.body());
        assertThat(services.isArray()).isTrue();
        JsonNode policy = null;
        for (JsonNode n : services) {
            if (n.get("service_code").asString().equals("POLICY")) {
                policy = n;
            }
        }
        assertThat(policy).isNotNull();
        assertThat(policy.get("metadata").asBoolean()).isFalse();
        assertThat(policy.get("type").asString()).isEqualTo("realtime");
        HttpResponse<String> sx = get("/services.xml");
        assertThat(sx.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        Document sxd = xml(sx.body());
        assertThat(sxd.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(sxd.getElementsByTagName("service").getLength()).isEqualTo(services.size());

        assertThat(JSON.readTree(get("/services/POLICY.json").body()).get("service_code").asString()).isEqualTo("POLICY");
        assertThat(xml(get("/services/POLICY.xml").body()).getDocumentElement().getNodeName()).isEqualTo("service_definition");
        HttpResponse<String> missing = get("/services/NOPE.xml");
        assertThat(missing.statusCode()).isEqualTo(404);
        Document err = xml(missing.body());
        assertThat(err.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(text(err, "code")).isEqualTo("404");
        assertThat(get("/services.txt").statusCode()).isEqualTo(400);
    }

    @Test
    void aHotlineRequestIsPostedReadFollowedByTokenAndClosed() throws Exception {
        Map<String, String> form = Map.of("api_key", KEY, "service_code", "TAX", "address_string", "济南市历下区测试路1号",
                "description", "办理退税三个月未到账", "first_name", "明", "last_name", "李", "phone", "13800000000");
        HttpResponse<String> noKey = post("/requests.json", Map.of("service_code", "TAX", "description", "x",
                "address_string", "y"));
        assertThat(noKey.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(noKey.body()).get(0).get("code").asInt()).isEqualTo(403);
        HttpResponse<String> noPlace = post("/requests.json", Map.of("api_key", KEY, "service_code", "TAX", "description", "x"));
        assertThat(noPlace.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noPlace.body()).get(0).get("description").asString()).contains("location");
        HttpResponse<String> badService = post("/requests.xml", Map.of("api_key", KEY, "service_code", "NOPE",
                "description", "x", "address_string", "y"));
        assertThat(badService.statusCode()).isEqualTo(404);
        assertThat(text(xml(badService.body()), "description")).contains("NOPE");
        assertThat(post("/requests.json", Map.of("api_key", KEY, "service_code", "TAX", "description", "x", "lat", "north",
                "long", "117")).statusCode()).isEqualTo(400);

        HttpResponse<String> created = post("/requests.json", form);
        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode r = JSON.readTree(created.body()).get(0);
        String id = r.get("service_request_id").asString();
        String token = r.get("token").asString();
        assertThat(r.get("service_notice").asString()).contains("前响应");

        Document one = xml(get("/requests/" + id + ".xml").body());
        assertThat(one.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(text(one, "status")).isEqualTo("open");
        assertThat(text(one, "service_code")).isEqualTo("TAX");
        assertThat(text(one, "agency_responsible")).isEqualTo("国家税务总局济南市税务局");
        assertThat(text(one, "requested_datetime")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
        JsonNode byToken = JSON.readTree(get("/tokens/" + token + ".json").body()).get(0);
        assertThat(byToken.get("service_request_id").asString()).isEqualTo(id);
        assertThat(get("/tokens/no-such-token.json").statusCode()).isEqualTo(404);
        assertThat(get("/requests/999999999.json").statusCode()).isEqualTo(404);
        assertThat(get("/requests/abc.json").statusCode()).isEqualTo(400);

        JsonNode open = JSON.readTree(get("/requests.json?status=open&service_code=TAX").body());
        assertThat(open.findValuesAsString("service_request_id")).contains(id);
        assertThat(get("/requests.json?status=pending").statusCode()).isEqualTo(400);
        assertThat(get("/requests.json?start_date=yesterday").statusCode()).isEqualTo(400);

        // the department handles it; the caller rates it by token; Open311 then says closed
        long n = Long.parseLong(id);
        var tax = TestItems.staff("tax", Role.REVIEWER, "TAX");
        org.jiqitong.demand.Filer caller = demands.filer(n, tax);
        assertThat(caller.enterprise()).isFalse();
        assertThat(caller.callerName()).contains("李", "明");
        assertThat(caller.callerPhone()).isEqualTo("13800000000");
        assertThatThrownBy(() -> demands.filer(n, TestItems.staff("sci", Role.REVIEWER, "SCI")))
                .as("another department: not found").isInstanceOf(org.jiqitong.demand.DemandNotFoundException.class);
        handling.respond(n, "已联系企业核实", tax);
        handling.reply(n, "退税已于今日到账", true, tax);
        handling.rate(token, "SATISFIED", "12345");
        Document closed = xml(get("/requests.xml?service_request_id=" + id).body());
        assertThat(text(closed, "status")).isEqualTo("closed");
        assertThat(text(closed, "status_notes")).contains("CLOSED", "退税已于今日到账");
        assertThat(JSON.readTree(get("/requests.json?status=closed").body()).findValuesAsString("service_request_id"))
                .contains(id);
        HttpResponse<String> xmlPost = post("/requests.xml", form);
        Document posted = xml(xmlPost.body());
        assertThat(posted.getElementsByTagName("service_request_id").getLength()).isEqualTo(1);
        assertThat(List.of(posted.getDocumentElement().getNodeName())).containsExactly("service_requests");
    }
}

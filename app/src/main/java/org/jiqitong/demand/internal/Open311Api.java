package org.jiqitong.demand.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.demand.DemandCategory;
import org.jiqitong.demand.DemandNotFoundException;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.DemandView;
import org.jiqitong.demand.Demands;
import org.jiqitong.demand.NewDemand;
import org.jiqitong.identity.Identity;
import org.jiqitong.shared.ChinaTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 for the 12345 hotline: discovery, services, service definitions, posting a request (with
 * {@code api_key}), reading requests (filters {@code service_request_id}, {@code service_code}, {@code start_date},
 * {@code end_date}, {@code status}), one request, and a token's request id; JSON or XML by the extension; errors
 * as the specification's {@code [{"code","description"}]} / {@code <errors><error>}. Status is {@code open} or
 * {@code closed}; our finer state is in {@code status_notes}. Reads return hotline requests only: web and window
 * demands carry enterprises' details the hotline has no business with.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Demands demands;
    private final Identity identity;

    private final java.time.Clock clock;
    private final String publicUrl;

    Open311Api(Demands demands, Identity identity, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${jiqitong.public-url:http://localhost:8080}")
            String publicUrl) {
        this.demands = demands;
        this.identity = identity;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping({"/discovery", "/discovery.{format}"})
    ResponseEntity<String> discovery(@PathVariable(required = false) String format, HttpServletRequest request) {
        String f = format == null ? "json" : format;
        check(f);
        // the configured public address, never the request's Host header (which a caller chooses)
        String base = publicUrl + "/open311/v2";
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", base);
        endpoint.put("changeset", "2026-11-27T00:00:00+08:00");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("changeset", "2026-11-27T00:00:00+08:00");
        d.put("contact", "济企通平台 12345 对接:市企业服务中心");
        d.put("key_service", "向平台管理员申请 api_key");
        d.put("endpoints", List.of(endpoint));
        if (xml(f)) {
            return ok(f, Open311Xml.object("discovery", d));
        }
        return ok(f, JSON.writeValueAsString(d));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DemandCategory c : demands.categories()) {
            list.add(Open311Shapes.service(c));
        }
        if (xml(format)) {
            return ok(format, Open311Xml.list("services", "service", list));
        }
        return ok(format, JSON.writeValueAsString(list));
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        check(format);
        DemandCategory c = demands.categories().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new Open311Error(404, "service_code " + code + " not found"));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("service_code", c.code());
        d.put("attributes", List.of());
        if (xml(format)) {
            return ok(format, Open311Xml.object("service_definition", d));
        }
        return ok(format, JSON.writeValueAsString(d));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> p) {
        check(format);
        if (!demands.validKey(p.get("api_key"))) {
            throw new Open311Error(403, "api_key is missing or not valid");
        }
        Open311Params.checkLengths(p);
        String code = p.get("service_code");
        if (code == null || code.isBlank()) {
            throw new Open311Error(400, "service_code is required");
        }
        Double lat = Open311Params.coordinate(p.get("lat"), "lat", 90);
        Double lon = Open311Params.coordinate(p.get("long"), "long", 180);
        String address = p.get("address_string");
        if ((lat == null || lon == null) && (address == null || address.isBlank()) && p.get("address_id") == null) {
            throw new Open311Error(400, "a location is required: lat and long, address_string or address_id");
        }
        if (p.get("description") == null || p.get("description").isBlank()) {
            throw new Open311Error(400, "description is required");
        }
        String name = String.join(" ", List.of(p.getOrDefault("last_name", ""), p.getOrDefault("first_name", ""))).strip();
        DemandView d;
        try {
            d = demands.file(new NewDemand("HOTLINE", null, name.isEmpty() ? null : name, p.get("phone"), p.get("email"),
                    code, p.get("description"), address, lat, lon), "12345");
        } catch (DemandRefusedException e) {
            throw new Open311Error(e.field() != null && e.field().equals("service_code") ? 404 : 400,
                    (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", Long.toString(d.id()));
        r.put("token", d.token());
        r.put("service_notice", "已受理,将在 " + d.respondDue().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime()
                .withSecond(0).withNano(0) + " 前响应");
        r.put("account_id", null);
        if (xml(format)) {
            return ok(format, Open311Xml.list("service_requests", "request", List.of(r)));
        }
        return ok(format, JSON.writeValueAsString(List.of(r)));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format, @RequestParam Map<String, String> p) {
        check(format);
        List<Long> ids = p.get("service_request_id") == null ? null : Open311Params.ids(p.get("service_request_id"));
        OffsetDateTime end = Open311Params.date(p.get("end_date"), "end_date");
        OffsetDateTime start = Open311Params.date(p.get("start_date"), "start_date");
        if (ids == null && start == null) {
            start = (end == null ? OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)) : end).minusDays(90); // the specification's default
        }
        Boolean open = Open311Params.open(p.get("status"));
        List<DemandView> found = demands.search(ids, ids == null ? p.get("service_code") : null, ids == null ? start : null,
                ids == null ? end : null, ids == null ? open : null, 1000).stream()
                .filter(d -> d.channel().equals("HOTLINE")).toList();
        return list(format, found);
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
        check(format);
        long n = Open311Params.id(id);
        List<DemandView> found = demands.search(List.of(n), null, null, null, null, 1).stream()
                .filter(d -> d.channel().equals("HOTLINE")).toList();
        if (found.isEmpty()) {
            throw new Open311Error(404, "service_request_id " + id + " not found");
        }
        return list(format, found);
    }

    @GetMapping("/tokens/{token}")
    ResponseEntity<String> token(@PathVariable("token") String segment) {
        // one segment, "<token>" or "<token>.json|.xml" (a path variable takes the dot and what follows)
        String f = segment.endsWith(".xml") ? "xml" : "json";
        String token = segment.replaceFirst("\\.(json|xml)$", "");
        DemandView d;
        try {
            d = demands.byToken(token);
        } catch (DemandNotFoundException e) {
            throw new Open311Error(404, "token " + token + " not found");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", Long.toString(d.id()));
        r.put("token", d.token());
        if (xml(f)) {
            return ok(f, Open311Xml.list("service_requests", "request", List.of(r)));
        }
        return ok(f, JSON.writeValueAsString(List.of(r)));
    }

    // ---------------------------------------------------------------- shapes

    private ResponseEntity<String> list(String format, List<DemandView> found) {
        Map<String, String> departments = identity.departments(false);
        List<Map<String, Object>> list = found.stream().map(d -> Open311Shapes.request(d, departments)).toList();
        if (xml(format)) {
            return ok(format, Open311Xml.list("service_requests", "request", list));
        }
        return ok(format, JSON.writeValueAsString(list));
    }

    private static boolean xml(String format) {
        check(format);
        return format.equals("xml");
    }

    private static void check(String format) {
        if (!format.equals("json") && !format.equals("xml")) {
            throw new Open311Error(400, "format must be json or xml");
        }
    }

    private static ResponseEntity<String> ok(String format, String body) {
        return ResponseEntity.ok().contentType(type(format)).body(body);
    }

    private static MediaType type(String format) {
        return format.equals("xml") ? new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8)
                : new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8);
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<String> error(Open311Error e, HttpServletRequest request) {
        String uri = request.getRequestURI();
        boolean asXml = uri.endsWith(".xml");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code);
        error.put("description", e.getMessage());
        String body = asXml ? Open311Xml.list("errors", "error", List.of(error)) : JSON.writeValueAsString(List.of(error));
        return ResponseEntity.status(HttpStatus.valueOf(e.code)).contentType(type(asXml ? "xml" : "json")).body(body);
    }
}

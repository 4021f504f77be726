package org.jiqitong.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiqitong.Http;
import org.jiqitong.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 13.12: every route of the platform (read from Spring's own handler mapping, so a new route is fuzzed without
 * being listed), called by an anonymous visitor, an enterprise and each kind of staff, with each class of bad input in
 * every path variable, parameter and JSON field it declares — NUL, other control characters, 1 MB strings, huge and
 * negative numbers, impossible dates. Nothing may answer 5xx. It runs on a platform and an embedded database of its
 * own, so whatever the fuzzing manages to write cannot disturb the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteFuzzTest {

    private static final String PASSWORD = "jiqitong-demo";
    private static final String MEGABYTE = "长".repeat(1 << 20 / 3);
    private static final Map<String, String> BAD = new LinkedHashMap<>();

    static {
        BAD.put("NUL", "a\u0000b");
        BAD.put("control", "\u0001\u000b\u001f");
        BAD.put("1 MB", MEGABYTE);
        BAD.put("huge number", "99999999999999999999999");
        BAD.put("big int", "10000000");
        BAD.put("negative", "-1");
        BAD.put("bad date", "2026-13-45");
        BAD.put("far date", "99999-01-01T00:00:00+08:00");
        BAD.put("NaN", "NaN");
        BAD.put("a real USCC", org.jiqitong.registry.DemoRegistry.ENTERPRISE_USCCS.get(2));
    }

    /** Fields posted as a form to handlers that read the whole form as a map. */
    private static final List<String> FORM_FIELDS = List.of("name", "description", "address", "reason", "note", "q",
            "title", "content", "contact_person", "contact_phone", "statement", "year", "page", "state", "district",
            "industry", "service_code", "lat", "long", "address_string", "last_name", "first_name", "email", "phone",
            "amountYuan", "benefitType", "attr", "op", "value", "values", "group", "kind", "path", "wording", "min", "max");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String dir;
        dir = org.jiqitong.TempDirs.removedAtExit("jiqitong-fuzz-").toString();
        registry.add("jiqitong.clock.start", TestClock.START::toString);
        registry.add("jiqitong.data-dir", () -> dir);
        registry.add("spring.datasource.url", () -> "");
        registry.add("jiqitong.embedded-db.durable", () -> "false");
        registry.add("jiqitong.demo.enabled", () -> "true");
        registry.add("jiqitong.demo.entities", () -> "300");
        registry.add("jiqitong.security.max-failed-sign-ins", () -> "1000");
    }

    private record Route(String method, String pattern, List<String> pathVariables, List<String> parameters,
            List<String> jsonFields, boolean form, String filePart) {
    }

    @Test
    void noRouteAnswers5xxToBadInputFromAnyCaller() throws Exception {
        List<Route> routes = routes();
        assertThat(routes).as("the routes were found").hasSizeGreaterThan(100);
        Map<String, Http> callers = new LinkedHashMap<>();
        callers.put("anonymous", Http.anonymous(port));
        for (String user : List.of("ent1", "admin", "officer", "reviewer", "clerk", "finance", "supervisor")) {
            Http h = Http.anonymous(port);
            h.formLogin(user, PASSWORD);
            callers.put(user, h);
        }
        Map<String, String> csrf = new LinkedHashMap<>();
        callers.forEach((user, h) -> csrf.put(user, h.csrfToken("/")));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Route r : routes) {
            for (Map.Entry<String, String> bad : BAD.entrySet()) {
                for (Map.Entry<String, Http> caller : callers.entrySet()) {
                    if (bad.getKey().equals("1 MB") && !caller.getKey().equals("admin") && !caller.getKey().equals("ent1")) {
                        continue; // the big bodies once per kind of caller that may write, not eight times
                    }
                    var response = call(caller.getValue(), csrf.get(caller.getKey()), r, bad.getValue());
                    requests++;
                    if (response.statusCode() >= 500) {
                        String body = response.body();
                        failures.add(r.method() + " " + r.pattern() + " as " + caller.getKey() + " with " + bad.getKey()
                                + " → " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length()))
                                .replaceAll("\\s+", " "));
                    }
                }
            }
        }
        System.out.printf("route fuzz: %d routes, %d requests, %d failures%n", routes.size(), requests, failures.size());
        assertThat(failures).as("requests answered 5xx").isEmpty();
    }

    private java.net.http.HttpResponse<String> call(Http http, String csrf, Route r, String bad) {
        String path = r.pattern();
        for (String v : r.pathVariables()) {
            path = path.replaceFirst("\\{" + v + "(:[^}]*)?\\}", enc(bad));
        }
        path = path.replace("/**", "/x");
        String query = r.parameters().stream().map(p -> enc(p) + "=" + enc(bad)).collect(Collectors.joining("&"));
        if (r.method().equals("GET") || r.method().equals("DELETE")) {
            String target = query.isEmpty() ? path : path + "?" + query;
            if (target.length() > 6000) {
                target = target.substring(0, 6000); // the 1 MB class goes in bodies; a URL is limited by the server
            }
            return http.send(r.method(), target, null, null, csrf);
        }
        if (!r.jsonFields().isEmpty()) {
            String json = r.jsonFields().stream().map(f -> "\"" + f + "\":\"" + jsonEscape(bad) + "\"")
                    .collect(Collectors.joining(",", "{", "}"));
            return http.send(r.method(), path, "application/json", json, csrf);
        }
        if (r.filePart() != null) {
            String boundary = "----fuzz" + System.nanoTime();
            StringBuilder body = new StringBuilder();
            for (String p : r.parameters()) {
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(p)
                        .append("\"\r\n\r\n").append(bad).append("\r\n");
            }
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(r.filePart())
                    .append("\"; filename=\"f").append(bad.length() > 100 ? "x" : bad).append(".pdf\"\r\n")
                    .append("Content-Type: application/pdf\r\n\r\n%PDF-1.4 ").append(bad).append("\r\n--")
                    .append(boundary).append("--\r\n");
            return http.send(r.method(), path, "multipart/form-data; boundary=" + boundary, body.toString(), csrf);
        }
        List<String> fields = new ArrayList<>(r.parameters());
        if (r.form()) {
            fields.addAll(FORM_FIELDS);
        }
        String body = fields.stream().distinct().map(p -> enc(p) + "=" + enc(bad)).collect(Collectors.joining("&"));
        return http.send(r.method(), path, "application/x-www-form-urlencoded", body, csrf);
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            Set<String> methods = new LinkedHashSet<>();
            for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                methods.add(m.name());
            }
            if (methods.isEmpty()) {
                methods.addAll(List.of("GET", "POST"));
            }
            List<String> pathVariables = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            List<String> jsonFields = new ArrayList<>();
            boolean form = false;
            String filePart = null;
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                p.initParameterNameDiscovery(names);
                PathVariable pv = p.getParameterAnnotation(PathVariable.class);
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (pv != null) {
                    pathVariables.add(!pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value() : p.getParameterName());
                } else if (rp != null && org.springframework.web.multipart.MultipartFile.class
                        .isAssignableFrom(p.getParameterType())) {
                    filePart = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName();
                } else if (rp != null && Map.class.isAssignableFrom(p.getParameterType())) {
                    form = true;
                } else if (rp != null) {
                    parameters.add(!rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName());
                } else if (p.hasParameterAnnotation(RequestBody.class)) {
                    Class<?> type = p.getParameterType();
                    if (type.isRecord()) {
                        for (var c : type.getRecordComponents()) {
                            jsonFields.add(c.getName());
                        }
                    } else {
                        jsonFields.add("value");
                    }
                }
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/login") || pattern.startsWith("/logout")) {
                    continue; // the login's own throttling is tested on its own; /error is not a route of the platform
                }
                for (String m : methods) {
                    routes.add(new Route(m, pattern, pathVariables, parameters, jsonFields, form, null));
                    if (filePart != null) { // and as the upload it is: fields and the file's name hold the bad input
                        routes.add(new Route(m, pattern, pathVariables, parameters, jsonFields, form, filePart));
                    }
                }
            }
        }
        return routes;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

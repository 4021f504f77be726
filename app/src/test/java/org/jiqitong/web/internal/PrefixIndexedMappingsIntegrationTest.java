package org.jiqitong.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The prefix-indexed lookup answers every request exactly as Spring's own: for a path made from each of the
 * platform's mappings, with each HTTP method, and for paths no mapping has.
 */
class PrefixIndexedMappingsIntegrationTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theLiteralPrefixesOfPatterns() {
        assertThat(PrefixIndexedMappings.prefixes(RequestMappingInfo.paths("/api/v1/entities/{uscc}/matches")
                .options(options()).build())).containsExactly("/api/v1/entities");
        assertThat(PrefixIndexedMappings.prefixes(RequestMappingInfo.paths("/policies", "/files/{*rest}", "/a/**")
                .options(options()).build())).containsExactlyInAnyOrder("/policies", "/files", "/a");
        assertThat(PrefixIndexedMappings.prefixes(RequestMappingInfo.paths("/{x}").options(options()).build()))
                .containsExactly("");
    }

    private RequestMappingInfo.BuilderConfiguration options() {
        return mapping.getBuilderConfiguration();
    }

    @Test
    void everyRequestIsAnsweredAsSpringsOwnLookupAnswersIt() throws Exception {
        assertThat(mapping).isInstanceOf(PrefixIndexedMappings.class);
        PrefixIndexedMappings ours = (PrefixIndexedMappings) mapping;
        List<String> paths = new ArrayList<>(List.of("/", "/nope", "/api/v1/nope", "/api/v1/entities/", "/api/v1/entities",
                "/registry/entities/X/extra", "/api/v1/policies/1/2/3"));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPathPatternsCondition().getPatternValues()) {
                String path = pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}]*}", "91370100MA3C00001X")
                        .replace("**", "a/b").replace("*", "x");
                paths.add(path);
                paths.add(path + "/");
            }
        }
        int matched = 0;
        for (String path : paths) {
            for (RequestMethod method : RequestMethod.values()) {
                String ourAnswer = answer(ours, path, method, false);
                assertThat(ourAnswer).as(method + " " + path).isEqualTo(answer(ours, path, method, true));
                matched += ourAnswer.startsWith("→") ? 1 : 0;
            }
        }
        assertThat(matched).as("requests that found their handler").isGreaterThan(200);
    }

    private static String answer(PrefixIndexedMappings mappings, String path, RequestMethod method, boolean spring) {
        MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
        request.addHeader("Accept", "application/json");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerMethod h = spring ? mappings.springsLookup(path, request) : mappings.lookupHandlerMethod(path, request);
            return h == null ? "none" : "→ " + h.getMethod().toGenericString() + " " + request.getAttribute(
                    org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }
}

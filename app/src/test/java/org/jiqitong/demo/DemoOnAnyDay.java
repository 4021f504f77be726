package org.jiqitong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.Http;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No time bomb: the whole platform started on its own embedded database with the clock at a later day, the demo
 * generated for that day, and the demo journeys' key facts checked over real HTTP. One subclass per day. These
 * always run on an embedded database of their own (never a shared external one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DemoOnAnyDay {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "jiqitong-demo";
    private static final String ENT1 = DemoRegistry.ENTERPRISE_USCCS.get(0);
    private static final String ENT2 = DemoRegistry.ENTERPRISE_USCCS.get(1);
    private static final String ENT3 = DemoRegistry.ENTERPRISE_USCCS.get(2);

    @LocalServerPort
    int port;

    /** The properties of a platform whose clock starts at {@code start} (Beijing time, 10:00). */
    static void startingAt(DynamicPropertyRegistry registry, String day) {
        String dir;
        dir = org.jiqitong.TempDirs.removedAtExit("jiqitong-day-" + day + "-").toString();
        registry.add("jiqitong.clock.start", () -> OffsetDateTime.parse(day + "T10:00:00+08:00").toString());
        registry.add("jiqitong.data-dir", () -> dir);
        registry.add("spring.datasource.url", () -> "");
        registry.add("jiqitong.embedded-db.durable", () -> "false");
        registry.add("jiqitong.demo.enabled", () -> "true");
        registry.add("jiqitong.demo.entities", () -> "300");
    }

    @Test
    void ent1IsEligibleForTheHighTechAndTheSpecialisedAwardsAndEveryLineSaysWhy() {
        JsonNode matches = JSON.readTree(Http.basic(port, "ent1", PASSWORD).get("/api/v1/entities/" + ENT1 + "/matches").body());
        JsonNode highTech = item(matches, "高新技术企业认定奖励");
        assertThat(highTech.get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(lines(highTech)).anySatisfy(l -> assertThat(l).contains("有效期内的高新技术企业", "MET"));
        JsonNode specialised = item(matches, "专精特新中小企业认定奖励");
        assertThat(specialised.get("verdict").asString()).isEqualTo("ELIGIBLE");
        assertThat(lines(specialised)).anySatisfy(l -> assertThat(l).contains("有效期内的专精特新中小企业", "MET"));
    }

    @Test
    void ent2IsATechSmeAndEnt3sSizeCannotBeDetermined() {
        JsonNode ent2 = JSON.readTree(Http.basic(port, "ent2", PASSWORD).get("/api/v1/entities/" + ENT2).body());
        assertThat(ent2.get("qualifications").valueStream()
                .filter(q -> q.get("code").asString().equals("TECH_SME") && q.get("validToday").asBoolean())).hasSize(1);
        assertThat(ent2.get("sizeClass").asString()).isEqualTo("SMALL");
        JsonNode ent3 = JSON.readTree(Http.basic(port, "ent3", PASSWORD).get("/api/v1/entities/" + ENT3).body());
        assertThat(ent3.get("sizeClass").asString()).isEqualTo("UNDETERMINED");
    }

    @Test
    void theRegistrySearchFindsEnt1AsAValidHighTechEnterprise() {
        JsonNode page = JSON.readTree(Http.basic(port, "clerk", PASSWORD)
                .get("/api/v1/entities?q=%E6%B3%89%E6%99%BA&district=370112&qualification=HIGH_TECH").body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("uscc").asString()).isEqualTo(ENT1);
        assertThat(page.get("items").get(0).get("sizeClass").asString()).isEqualTo("MEDIUM");
    }

    private static JsonNode item(JsonNode matches, String name) {
        return matches.valueStream().filter(m -> m.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + name + " in " + matches));
    }

    private static List<String> lines(JsonNode match) {
        return match.get("explanations").valueStream().map(JsonNode::toString).toList();
    }
}

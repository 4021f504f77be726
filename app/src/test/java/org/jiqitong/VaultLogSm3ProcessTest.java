package org.jiqitong;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.vault.LogVerifier;
import org.jiqitong.vault.internal.LogHash;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A platform whose log hashes with SM3 (a process of its own, on a fresh database): its signed checkpoint names SM3,
 * and for every tree size from 1 to 300 the API's inclusion and consistency proofs verify under the RFC 9162
 * algorithms with SM3 against the entries it serves.
 */
class VaultLogSm3ProcessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Decoder B64 = Base64.getDecoder();

    @Test
    void anSm3LogProvesEveryTreeSizeFrom1To300() throws Exception {
        Path root = TempDirs.removedAtExit("jiqitong-sm3-");
        int port = PlatformProcess.freePort();
        Process p = PlatformProcess.start("768m", root.resolve("app.log").toFile(), List.of("--server.port=" + port,
                "--jiqitong.data-dir=" + root.resolve("data"), "--spring.datasource.url=",
                "--jiqitong.embedded-db.port=" + PlatformProcess.freePort(), "--jiqitong.embedded-db.durable=false",
                "--jiqitong.clock.start=" + TestClock.START, "--jiqitong.demo.enabled=true",
                "--jiqitong.demo.entities=300", "--jiqitong.vault.log-hash=SM3", "--logging.level.root=WARN"));
        try {
            PlatformProcess.awaitUp(p, port, "/actuator/health", 240);
            Http admin = Http.basic(port, "admin", "jiqitong-demo");
            Http anyone = Http.anonymous(port);
            String holder = DemoRegistry.ENTERPRISE_USCCS.get(1);
            for (int i = 0; size(anyone) < 300; i++) {
                var r = admin.postJson("/api/v1/vault/licences", "{\"type\":\"BUSINESS_LICENCE\",\"holder\":\"" + holder
                        + "\",\"number\":\"SM3-" + i + "\",\"issuedOn\":\"2025-01-02\",\"body\":{\"登记机关\":\"测试\"}}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            JsonNode cp = JSON.readTree(anyone.get("/api/v1/vault/log/checkpoint").body());
            assertThat(cp.get("hash").asString()).isEqualTo("SM3");
            LogVerifier.Note note = LogVerifier.checkNote(cp.get("signedNote").asString(), cp.get("verifierKey").asString());
            LogVerifier v = new LogVerifier(LogHash.SM3);
            List<byte[]> leaves = new ArrayList<>();
            for (JsonNode e : JSON.readTree(anyone.get("/api/v1/vault/log/entries?start=0&end=300").body())) {
                leaves.add(LogHash.SM3.leaf(B64.decode(e.get("leafInput").asString())));
            }
            assertThat(leaves).hasSize(300);
            if (note.size() == 300) {
                assertThat(v.root(leaves, 300)).isEqualTo(note.root());
            }
            byte[] big = v.root(leaves, 300);
            for (int n = 1; n <= 300; n++) {
                byte[] r = v.root(leaves, n);
                int index = (n * 104729) % n;
                JsonNode inc = JSON.readTree(anyone.get("/api/v1/vault/log/proof/inclusion?index=" + index + "&treeSize=" + n).body());
                assertThat(v.inclusion(index, n, leaves.get(index), hashes(inc.get("auditPath")), r))
                        .as("SM3 inclusion " + index + "/" + n).isTrue();
                JsonNode con = JSON.readTree(anyone.get("/api/v1/vault/log/proof/consistency?first=" + n + "&second=300").body());
                assertThat(v.consistency(n, 300, r, big, hashes(con.get("proof")))).as("SM3 consistency " + n).isTrue();
            }
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private static long size(Http anyone) {
        return JSON.readTree(anyone.get("/api/v1/vault/log/checkpoint").body()).get("treeSize").longValue();
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(B64.decode(n.asString())));
        return out;
    }
}

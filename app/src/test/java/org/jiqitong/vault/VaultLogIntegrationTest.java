package org.jiqitong.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.vault.internal.LogEntries;
import org.jiqitong.vault.internal.LogHash;
import org.jiqitong.vault.internal.VaultLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log over real HTTP, anonymous: every tree size from 1 to 300 has its root, inclusion and consistency proofs
 * verified by the RFC 9162 algorithms against the entries the API serves; a stored entry edited behind the platform's
 * back is named by {@code verify-log}; a witness refuses a rewritten history; bad requests are refused by name.
 */
class VaultLogIntegrationTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Decoder B64 = Base64.getDecoder();

    @Autowired
    VaultLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    private void append(int n) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(LogEntries.of("TEST", java.time.Instant.parse("2026-01-01T00:00:00Z"), "n", i, "nonce",
                    System.nanoTime()));
        }
        tx.executeWithoutResult(s -> log.appendAll(entries));
    }

    private JsonNode get(Http http, String path) {
        var r = http.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(B64.decode(n.asString())));
        return out;
    }

    @Test
    void everyTreeSizeFrom1To300ProvesItsEntriesAndItsPrefixes() {
        if (log.size() < 300) {
            append((int) (300 - log.size()));
        }
        Http anyone = Http.anonymous(port);
        JsonNode cp = get(anyone, "/api/v1/vault/log/checkpoint");
        LogHash hash = LogHash.valueOf(cp.get("hash").asString());
        LogVerifier.Note note = LogVerifier.checkNote(cp.get("signedNote").asString(), cp.get("verifierKey").asString());
        assertThat(note.size()).isEqualTo(cp.get("treeSize").longValue()).isGreaterThanOrEqualTo(300);
        assertThat(cp.get("signedNote").asString()).startsWith(note.origin() + "\n" + note.size() + "\n")
                .contains("\n\n\u2014 " + note.origin() + " ");
        List<byte[]> leaves = new ArrayList<>();
        for (JsonNode e : get(anyone, "/api/v1/vault/log/entries?start=0&end=300")) {
            assertThat(e.get("index").longValue()).isEqualTo(leaves.size());
            String entry = new String(B64.decode(e.get("leafInput").asString()), StandardCharsets.UTF_8);
            assertThat(entry).as("an entry is JSON naming no person").startsWith("{\"v\":1,\"event\":\"");
            leaves.add(hash.leaf(B64.decode(e.get("leafInput").asString())));
        }
        assertThat(leaves).hasSize(300);
        LogVerifier v = new LogVerifier(hash);
        byte[] bigRoot = v.root(leaves, 300);
        for (int n = 1; n <= 300; n++) {
            byte[] root = v.root(leaves, n);
            int index = (n * 7919) % n;
            JsonNode inc = get(anyone, "/api/v1/vault/log/proof/inclusion?index=" + index + "&treeSize=" + n);
            assertThat(v.inclusion(index, n, leaves.get(index), hashes(inc.get("auditPath")), root))
                    .as("inclusion of " + index + " in " + n).isTrue();
            JsonNode last = get(anyone, "/api/v1/vault/log/proof/inclusion?index=" + (n - 1) + "&treeSize=" + n);
            assertThat(v.inclusion(n - 1, n, leaves.get(n - 1), hashes(last.get("auditPath")), root)).isTrue();
            JsonNode con = get(anyone, "/api/v1/vault/log/proof/consistency?first=" + n + "&second=300");
            assertThat(v.consistency(n, 300, root, bigRoot, hashes(con.get("proof")))).as("consistency " + n + "→300")
                    .isTrue();
        }
    }

    @Test
    void aRequestPastTheTreeOrAForgedCheckpointIsRefusedByName() {
        append(3);
        Http anyone = Http.anonymous(port);
        long size = log.size();
        var past = anyone.get("/api/v1/vault/log/proof/inclusion?index=0&treeSize=" + (size + 1));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("treeSize");
        assertThat(anyone.get("/api/v1/vault/log/proof/consistency?first=5&second=4").body()).contains("first");
        assertThat(anyone.get("/api/v1/vault/log/entries?start=" + size + "&end=" + (size + 5)).statusCode()).isEqualTo(400);
        JsonNode cp = get(anyone, "/api/v1/vault/log/checkpoint");
        String note = cp.get("signedNote").asString();
        String forged = note.replaceFirst("\n" + size + "\n", "\n" + (size + 1) + "\n");
        assertThatThrownBy(() -> LogVerifier.checkNote(forged, cp.get("verifierKey").asString()))
                .hasMessageContaining("not signed");
        assertThat(anyone.get("/vault/log").body()).contains("RFC 9162", cp.get("verifierKey").asString());
    }

    @Test
    void anEntryEditedBehindThePlatformsBackIsNamedByTheVerifier() throws Exception {
        append(5);
        String url = "http://localhost:" + port;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new LogCommands(url, new PrintStream(out, true, StandardCharsets.UTF_8)).verify(null))
                .as(out.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK", "signature valid");
        long victim = log.size() - 3;
        byte[] original = jdbc.sql("SELECT leaf_input FROM vault_log_entry WHERE idx = ?").param(victim)
                .query(byte[].class).single();
        try {
            jdbc.sql("UPDATE vault_log_entry SET leaf_input = ? WHERE idx = ?")
                    .params("{\"v\":1,\"event\":\"READ\",\"document\":1}".getBytes(StandardCharsets.UTF_8), victim).update();
            out.reset();
            int code = new LogCommands(url, new PrintStream(out, true, StandardCharsets.UTF_8)).verify(null);
            assertThat(code).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED", "entry " + victim + " ");
        } finally {
            jdbc.sql("UPDATE vault_log_entry SET leaf_input = ? WHERE idx = ?").params(original, victim).update();
        }
    }

    @Test
    void aWitnessAcceptsAGrowingLogAndRefusesARewrittenHistory() throws Exception {
        append(2);
        String url = "http://localhost:" + port;
        Path state = Files.createTempDirectory("witness-").resolve("witness.txt");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogCommands witness = new LogCommands(url, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(witness.witness(state)).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        append(7);
        assertThat(witness.witness(state)).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("consistent");
        // the platform rewrites its first entry and every stored subtree above it: a new, self-consistent tree
        LogHash hash = log.hash();
        byte[] entry0 = jdbc.sql("SELECT leaf_input FROM vault_log_entry WHERE idx = 0").query(byte[].class).single();
        try {
            byte[] forged = "{\"v\":1,\"event\":\"REWRITTEN\"}".getBytes(StandardCharsets.UTF_8);
            jdbc.sql("UPDATE vault_log_entry SET leaf_input = ? WHERE idx = 0").params(forged).update();
            byte[] h = hash.leaf(forged);
            jdbc.sql("UPDATE vault_log_node SET hash = ? WHERE level = 0 AND idx = 0").params(h).update();
            for (int level = 1; (1L << level) <= log.size(); level++) {
                byte[] right = jdbc.sql("SELECT hash FROM vault_log_node WHERE level = ? AND idx = 1").param(level - 1)
                        .query(byte[].class).single();
                h = hash.node(h, right);
                jdbc.sql("UPDATE vault_log_node SET hash = ? WHERE level = ? AND idx = 0").params(h, level).update();
            }
            append(1);
            out.reset();
            assertThat(witness.witness(state)).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED", "not consistent");
        } finally {
            // the true history back: the first entry, and every subtree above it (some were written on the forgery)
            jdbc.sql("UPDATE vault_log_entry SET leaf_input = ? WHERE idx = 0").params(entry0).update();
            byte[] h = hash.leaf(entry0);
            jdbc.sql("UPDATE vault_log_node SET hash = ? WHERE level = 0 AND idx = 0").params(h).update();
            for (int level = 1; (1L << level) <= log.size(); level++) {
                byte[] right = jdbc.sql("SELECT hash FROM vault_log_node WHERE level = ? AND idx = 1").param(level - 1)
                        .query(byte[].class).single();
                h = hash.node(h, right);
                jdbc.sql("UPDATE vault_log_node SET hash = ? WHERE level = ? AND idx = 0").params(h, level).update();
            }
        }
    }
}

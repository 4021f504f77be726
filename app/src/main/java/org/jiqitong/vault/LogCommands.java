package org.jiqitong.vault;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jiqitong.vault.internal.LogHash;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log's two commands, against a running platform's public API and trusting nothing it says without checking:
 * <ul>
 * <li>{@code verify-log --url=…} checks the checkpoint's signature, fetches every entry, recomputes the root from them
 * and, when it differs, finds the first bad entry with consistency proofs (the prefix of the entries before it is
 * consistent with the signed tree, the one including it is not); it checks every entry's inclusion proof in logs of
 * up to 10,000 entries. Exit 0 when all holds, 1 naming the first bad entry or the failed check.</li>
 * <li>{@code witness --url=… --state=FILE} keeps the last checkpoint it accepted (and the key, pinned on first use)
 * and refuses a new one that is not consistent with it: a smaller tree, another root at the same size, a failed
 * consistency proof or another key.</li>
 * </ul>
 */
public final class LogCommands {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Decoder B64 = Base64.getDecoder();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final PrintStream out;

    public LogCommands(String base, PrintStream out) {
        this.base = base.replaceAll("/+$", "");
        this.out = out;
    }

    public static int main(String command, Map<String, String> options) throws Exception {
        if (!options.containsKey("url")) {
            System.err.println("Usage: verify-log --url=https://host [--key=VERIFIER_KEY]"
                    + " | witness --url=https://host --state=FILE");
            return 2;
        }
        LogCommands c = new LogCommands(options.get("url"), System.out);
        try {
            return command.equals("witness") ? c.witness(Path.of(options.getOrDefault("state", "witness.txt")))
                    : c.verify(options.get("key"));
        } catch (IllegalArgumentException e) {
            System.err.println("REFUSED: " + e.getMessage());
            return 1;
        }
    }

    /** Verifies the whole log; returns 0 when it holds, 1 otherwise (after saying why). */
    public int verify(String pinnedKey) throws IOException, InterruptedException {
        JsonNode cp = get("/api/v1/vault/log/checkpoint");
        String key = pinnedKey != null ? pinnedKey : cp.get("verifierKey").asString();
        LogVerifier.Note note = LogVerifier.checkNote(cp.get("signedNote").asString(), key);
        LogVerifier v = new LogVerifier(LogHash.valueOf(cp.get("hash").asString()));
        LogHash hash = LogHash.valueOf(cp.get("hash").asString());
        List<byte[]> leaves = new ArrayList<>();
        for (long start = 0; start < note.size(); start += 1000) {
            for (JsonNode e : get("/api/v1/vault/log/entries?start=" + start + "&end=" + Math.min(note.size(), start + 1000))) {
                if (e.get("index").longValue() != leaves.size()) {
                    return bad("the log served entry " + e.get("index").longValue() + " where " + leaves.size() + " was due");
                }
                leaves.add(hash.leaf(B64.decode(e.get("leafInput").asString())));
            }
        }
        if (leaves.size() != note.size()) {
            return bad("the log served " + leaves.size() + " entries, the checkpoint signs " + note.size());
        }
        int n = leaves.size();
        if (!Arrays.equals(v.root(leaves, n), note.root())) {
            // the first m entries are good iff their root is consistent with the signed tree: the smallest bad m
            long lo = 1;
            long hi = n;
            while (lo < hi) {
                long m = (lo + hi) / 2;
                if (consistent(v, m, v.root(leaves, (int) m), note)) {
                    lo = m + 1;
                } else {
                    hi = m;
                }
            }
            return bad("entry " + (lo - 1) + " is not the entry the signed tree holds (altered or replaced)");
        }
        if (n <= 10_000) {
            for (int i = 0; i < n; i++) {
                JsonNode p = get("/api/v1/vault/log/proof/inclusion?index=" + i + "&treeSize=" + n);
                if (!v.inclusion(i, n, leaves.get(i), hashes(p.get("auditPath")), note.root())) {
                    return bad("the inclusion proof of entry " + i + " does not lead to the signed root");
                }
            }
        }
        out.printf("OK: %s, %d entries, root %s, signature valid%s%n", note.origin(), n,
                Base64.getEncoder().encodeToString(note.root()), n <= 10_000 ? ", every inclusion proof valid" : "");
        return 0;
    }

    /** Accepts the current checkpoint only if it is consistent with the last one accepted; returns 0 or 1. */
    public int witness(Path state) throws IOException, InterruptedException {
        JsonNode cp = get("/api/v1/vault/log/checkpoint");
        LogHash hash = LogHash.valueOf(cp.get("hash").asString());
        String key = cp.get("verifierKey").asString();
        String note = cp.get("signedNote").asString();
        if (Files.exists(state)) {
            List<String> kept = Files.readAllLines(state);
            String pinned = kept.get(0);
            LogVerifier.Note old = new LogVerifier.Note(kept.get(1), Long.parseLong(kept.get(2)), B64.decode(kept.get(3)));
            LogVerifier.Note now = LogVerifier.checkNote(note, pinned); // signed by the key seen first, not by any key
            if (now.size() < old.size()) {
                return bad("the log shrank from " + old.size() + " to " + now.size() + " entries");
            }
            if (!consistent(new LogVerifier(hash), old.size(), old.root(), now)) {
                return bad("the checkpoint of " + now.size() + " entries is not consistent with the one of "
                        + old.size() + " seen before (history was rewritten)");
            }
            save(state, pinned, now);
            out.printf("OK: %d → %d entries, consistent%n", old.size(), now.size());
            return 0;
        }
        LogVerifier.Note first = LogVerifier.checkNote(note, key);
        save(state, key, first);
        out.printf("OK: first checkpoint kept (%d entries); key pinned: %s%n", first.size(), key);
        return 0;
    }

    private boolean consistent(LogVerifier v, long first, byte[] firstRoot, LogVerifier.Note signed)
            throws IOException, InterruptedException {
        if (first == 0) {
            return true;
        }
        if (first == signed.size()) {
            return Arrays.equals(firstRoot, signed.root());
        }
        JsonNode p = get("/api/v1/vault/log/proof/consistency?first=" + first + "&second=" + signed.size());
        return v.consistency(first, signed.size(), firstRoot, signed.root(), hashes(p.get("proof")));
    }

    private static void save(Path state, String key, LogVerifier.Note note) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + ".tmp");
        Files.write(tmp, List.of(key, note.origin(), Long.toString(note.size()),
                Base64.getEncoder().encodeToString(note.root())));
        Files.move(tmp, state, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(B64.decode(n.asString())));
        return out;
    }

    private int bad(String why) {
        out.println("FAILED: " + why);
        return 1;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalArgumentException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}

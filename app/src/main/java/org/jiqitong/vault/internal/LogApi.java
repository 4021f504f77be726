package org.jiqitong.vault.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The vault's log, anonymous and read-only: the signed checkpoint, the entries (the exact bytes hashed), inclusion and
 * consistency proofs (RFC 9162 §2.1.3, §2.1.4). Hashes in base64. A request past the tree size is a 400 naming it.
 */
@RestController
class LogApi {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final VaultLog log;
    private final Checkpoints checkpoints;

    LogApi(VaultLog log, Checkpoints checkpoints) {
        this.log = log;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/v1/vault/log/checkpoint")
    @Operation(summary = "数字保险箱日志: the current signed checkpoint (C2SP signed note) and the verifier key")
    Map<String, Object> checkpoint() {
        Checkpoints.Checkpoint c = checkpoints.current();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("origin", c.origin());
        out.put("treeSize", c.treeSize());
        out.put("rootHash", B64.encodeToString(c.rootHash()));
        out.put("signedNote", c.signedNote());
        out.put("verifierKey", c.verifierKey());
        out.put("hash", log.hash().name());
        return out;
    }

    @GetMapping("/api/v1/vault/log/entries")
    @Operation(summary = "Entries [start, end), at most 1,000: index and the exact bytes hashed (base64)")
    List<Map<String, Object>> entries(@RequestParam long start, @RequestParam long end) {
        long size = log.size();
        if (start < 0 || end <= start || start >= size) {
            throw bad("start 须在 0 与树大小 " + size + " 之间且小于 end / start must be in [0, " + size + ") and below end");
        }
        return log.entries(start, Math.min(end, size)).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", e.index());
            m.put("leafInput", B64.encodeToString(e.leafInput()));
            return m;
        }).toList();
    }

    @GetMapping("/api/v1/vault/log/proof/inclusion")
    @Operation(summary = "The audit path of entry `index` in the tree of size `treeSize`")
    Map<String, Object> inclusion(@RequestParam long index, @RequestParam long treeSize) {
        long size = log.size();
        if (treeSize < 1 || treeSize > size) {
            throw bad("treeSize 超过日志当前大小 " + size + " / treeSize must be in [1, " + size + "]");
        }
        if (index < 0 || index >= treeSize) {
            throw bad("index 须小于 treeSize / index must be in [0, " + treeSize + ")");
        }
        List<byte[]> path = log.withNodes(t -> t.inclusion(index, treeSize));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("index", index);
        out.put("treeSize", treeSize);
        out.put("auditPath", path.stream().map(B64::encodeToString).toList());
        return out;
    }

    @GetMapping("/api/v1/vault/log/proof/consistency")
    @Operation(summary = "That the tree of size `first` is a prefix of the tree of size `second`")
    Map<String, Object> consistency(@RequestParam long first, @RequestParam long second) {
        long size = log.size();
        if (second < 1 || second > size) {
            throw bad("second 超过日志当前大小 " + size + " / second must be in [1, " + size + "]");
        }
        if (first < 1 || first > second) {
            throw bad("first 须在 1 与 second 之间 / first must be in [1, second]");
        }
        List<byte[]> proof = log.withNodes(t -> t.consistency(first, second));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("first", first);
        out.put("second", second);
        out.put("proof", proof.stream().map(B64::encodeToString).toList());
        return out;
    }

    private static ResponseStatusException bad(String why) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, why);
    }
}

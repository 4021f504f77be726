package org.jiqitong.vault.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bytes of a log entry: one JSON object, its keys in a fixed order, naming ids, types, hashes, departments and
 * times — never a person, never a document's content. These exact bytes are stored and hashed.
 */
public final class LogEntries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LogEntries() {
    }

    /** An entry of {@code event} with its fields (in the order given) and the moment, to the second, in UTC. */
    public static byte[] of(String event, Instant at, Object... fields) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("v", 1);
        entry.put("event", event);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            entry.put((String) fields[i], fields[i + 1]);
        }
        entry.put("at", at.truncatedTo(ChronoUnit.SECONDS).toString());
        return JSON.writeValueAsBytes(entry);
    }
}

package org.jiqitong.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Times the phases of one delivery for the log line, so a slow import shows where its time went. */
final class PhaseTimer {
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long last = System.nanoTime();

    void lap(String phase) {
        long now = System.nanoTime();
        millis.merge(phase, (now - last) / 1_000_000, Long::sum);
        last = now;
    }

    @Override
    public String toString() {
        return millis.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
    }
}

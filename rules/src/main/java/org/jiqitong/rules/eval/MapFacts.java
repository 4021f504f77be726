package org.jiqitong.rules.eval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** Facts held in a map: {@code "industry" → "C3911"}, yearly ones as {@code "revenue@2025" → 28000000000L}. */
public final class MapFacts implements Facts {

    private final LocalDate asOf;
    private final Map<String, Object> values;

    public MapFacts(LocalDate asOf, Map<String, Object> values) {
        this.asOf = asOf;
        this.values = new HashMap<>(values);
    }

    @Override
    public LocalDate asOf() {
        return asOf;
    }

    @Override
    public Object value(String attribute) {
        return values.get(attribute);
    }

    @Override
    public Object value(String attribute, int year) {
        return values.get(attribute + "@" + year);
    }

    @Override
    public OptionalInt latestYear(String attribute) {
        String prefix = attribute + "@";
        return values.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue() != null)
                .mapToInt(e -> Integer.parseInt(e.getKey().substring(prefix.length()))).max();
    }
}

package org.jiqitong.resources;

import java.util.List;
import java.util.Map;

/**
 * A resource as its officer writes it: kind, title, district (GB/T 2260 code, null for city-wide), industries (GB/T
 * 4754 prefixes, empty for any), summary, figures, the kind's descriptive details (manager, contact, use, indicators,
 * features, bank, collateral, provider …), who may use it (a condition of the rule engine, null for anyone) with its
 * test cases, and whether the entry is illustrative (示意).
 */
public record NewResource(ResourceKind kind, String title, String district, List<String> industries, String summary,
        Terms terms, Map<String, String> details, String condition, String fixtures, boolean illustrative) {

    public NewResource {
        industries = industries == null ? List.of() : List.copyOf(industries);
        details = details == null ? Map.of() : Map.copyOf(details);
        terms = terms == null ? Terms.none() : terms;
    }
}

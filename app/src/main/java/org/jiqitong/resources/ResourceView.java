package org.jiqitong.resources;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A resource as its pages and the API show it. */
public record ResourceView(long id, ResourceKind kind, String departmentCode, String title, String district,
        List<String> industries, String summary, Terms terms, Map<String, String> details, String condition,
        String fixtures, boolean illustrative, ResourceStatus status, String author, String approver,
        OffsetDateTime publishedAt, OffsetDateTime closedAt) {

    /** The detail keys each kind has, in the order a page shows them (labels {@code resources.detail.<key>}). */
    public static List<String> detailKeys(ResourceKind kind) {
        return switch (kind) {
            case FUND -> List.of("term", "manager", "contact");
            case VENTURE_FUND -> List.of("stages", "manager", "contact");
            case LAND -> List.of("use", "investmentPerMu", "taxPerMu", "plotRatio", "energy", "location");
            case SPACE -> List.of("features", "floorLoad", "floorHeight", "location", "contact");
            case FACILITY -> List.of("instrument", "location", "fee", "contact");
            case FINANCE_PRODUCT -> List.of("bank", "collateral", "term", "contact");
            case SERVICE -> List.of("provider", "scope", "contact");
        };
    }
}

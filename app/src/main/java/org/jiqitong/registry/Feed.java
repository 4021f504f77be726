package org.jiqitong.registry;

import java.util.List;

/** The three CSV feeds that other departments' systems deliver to the registry. */
public enum Feed {
    ENTITIES(List.of("uscc", "name", "entity_type", "district_code", "industry_code", "established_on",
            "registered_capital_yuan", "status", "listed", "legal_representative", "address"),
            List.of("functional_zone", "ownership")),
    FIGURES(List.of("uscc", "year", "employees", "revenue_yuan", "total_assets_yuan", "tax_yuan", "rnd_yuan"),
            List.of()),
    QUALIFICATIONS(List.of("uscc", "qualification", "level", "valid_from", "valid_to"), List.of("reason"));

    private final List<String> columns;
    private final List<String> optionalColumns;

    Feed(List<String> columns, List<String> optionalColumns) {
        this.columns = columns;
        this.optionalColumns = optionalColumns;
    }

    /** The required header, in the order of the template. */
    public List<String> columns() {
        return columns;
    }

    /** Columns a file may add after the required ones. */
    public List<String> optionalColumns() {
        return optionalColumns;
    }

    /** "entities" → ENTITIES, as used in URLs and on the command line. */
    public static Feed ofPath(String path) {
        for (Feed f : values()) {
            if (f.name().equalsIgnoreCase(path)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown feed \"" + path + "\"; expected entities, figures or qualifications");
    }

    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

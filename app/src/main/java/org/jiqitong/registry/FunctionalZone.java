package org.jiqitong.registry;

import java.util.Optional;

/** Functional zones (功能区); they have no GB/T 2260 code and are kept beside the district. */
public enum FunctionalZone implements org.jiqitong.shared.Labelled {
    HIGH_TECH_ZONE,
    STARTUP_AREA,
    SOUTHERN_MOUNTAINS;

    /** Accepts the code (HIGH_TECH_ZONE) or the Chinese name (济南高新区). */
    private static final Written<FunctionalZone> WRITTEN =
            new Written<>(values(), FunctionalZone::name, FunctionalZone::labelZh);

    public static Optional<FunctionalZone> parse(String text) {
        return WRITTEN.find(text);
    }
}

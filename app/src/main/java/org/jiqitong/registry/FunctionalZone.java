package org.jiqitong.registry;

import java.util.Optional;

/** Functional zones (功能区); they have no GB/T 2260 code and are kept beside the district. */
public enum FunctionalZone implements org.jiqitong.shared.Labelled {
    HIGH_TECH_ZONE("济南高新区", "Jinan High-tech Zone"),
    STARTUP_AREA("新旧动能转换起步区", "New-Old Growth Drivers Startup Area"),
    SOUTHERN_MOUNTAINS("南部山区", "Southern Mountain Area");

    private final String labelZh;
    private final String labelEn;

    FunctionalZone(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** Accepts the code (HIGH_TECH_ZONE) or the Chinese name (济南高新区). */
    private static final Written<FunctionalZone> WRITTEN =
            new Written<>(values(), FunctionalZone::name, FunctionalZone::labelZh);

    public static Optional<FunctionalZone> parse(String text) {
        return WRITTEN.find(text);
    }
}

package org.jiqitong.registry;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Qualifications (资质) and credit flags (信用标记) held in the registry, with the levels each may carry.
 * Credit flags come through the same feed as qualifications; {@link #creditFlag()} tells them apart.
 */
public enum QualificationType implements org.jiqitong.shared.Labelled {
    HIGH_TECH(false, EnumSet.of(Level.NATIONAL)),
    HIGH_TECH_CULTIVATION(false, EnumSet.of(Level.CITY)),
    TECH_SME(false, EnumSet.of(Level.NATIONAL)),
    SPECIALISED(false, EnumSet.of(Level.CITY, Level.PROVINCE, Level.NATIONAL)),
    GAZELLE(false, EnumSet.of(Level.CITY, Level.PROVINCE)),
    UNICORN(false, EnumSet.of(Level.CITY, Level.PROVINCE)),
    SINGLE_CHAMPION(false, EnumSet.of(Level.PROVINCE, Level.NATIONAL)),
    HEADQUARTERS(false, EnumSet.of(Level.CITY)),
    ABNORMAL_OPERATION(true, EnumSet.of(Level.NONE)),
    SERIOUS_DISHONESTY(true, EnumSet.of(Level.NONE));

    /** The level of a qualification; NONE where the qualification has no levels. */
    public enum Level implements org.jiqitong.shared.Labelled {
        NONE(""), CITY("CITY"), PROVINCE("PROVINCE"),
        NATIONAL("NATIONAL");
        private final String stored;

        Level(String stored) {
            this.stored = stored;
        }

        /** The value kept in the database ('' for NONE). */
        public String stored() {
            return stored;
        }

        private static final Written<Level> WRITTEN = new Written<>(values(), Level::name, Level::labelZh, Level::stored);

        public static Optional<Level> parse(String text) {
            return WRITTEN.find(text);
        }

        public static Level ofStored(String stored) {
            return parse(stored == null ? "" : stored).orElse(NONE);
        }
    }
    private final boolean creditFlag;
    private final Set<Level> levels;

    QualificationType(boolean creditFlag, Set<Level> levels) {
        this.creditFlag = creditFlag;
        this.levels = levels;
    }

    public boolean creditFlag() {
        return creditFlag;
    }

    public Set<Level> levels() {
        return levels;
    }

    /** A qualification with one possible level may be written without it. */
    public Optional<Level> defaultLevel() {
        return levels.size() == 1 ? Optional.of(levels.iterator().next()) : Optional.empty();
    }

    /** Accepts the code (HIGH_TECH) or the Chinese name (高新技术企业). */
    private static final Written<QualificationType> WRITTEN =
            new Written<>(values(), QualificationType::name, QualificationType::labelZh);

    public static Optional<QualificationType> parse(String text) {
        return WRITTEN.find(text);
    }
}

package org.jiqitong.registry;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Qualifications (资质) and credit flags (信用标记) held in the registry, with the levels each may carry.
 * Credit flags come through the same feed as qualifications; {@link #creditFlag()} tells them apart.
 */
public enum QualificationType implements org.jiqitong.shared.Labelled {
    HIGH_TECH("高新技术企业", "High-tech enterprise", false, EnumSet.of(Level.NATIONAL)),
    HIGH_TECH_CULTIVATION("高新技术企业培育库入库企业", "High-tech cultivation pool", false, EnumSet.of(Level.CITY)),
    TECH_SME("科技型中小企业", "Tech-based SME", false, EnumSet.of(Level.NATIONAL)),
    SPECIALISED("专精特新中小企业", "Specialised, refined, distinctive, novel SME", false,
            EnumSet.of(Level.CITY, Level.PROVINCE, Level.NATIONAL)),
    GAZELLE("瞪羚企业", "Gazelle enterprise", false, EnumSet.of(Level.CITY, Level.PROVINCE)),
    UNICORN("独角兽企业", "Unicorn enterprise", false, EnumSet.of(Level.CITY, Level.PROVINCE)),
    SINGLE_CHAMPION("制造业单项冠军", "Manufacturing single champion", false, EnumSet.of(Level.PROVINCE, Level.NATIONAL)),
    HEADQUARTERS("总部企业", "Headquarters enterprise", false, EnumSet.of(Level.CITY)),
    ABNORMAL_OPERATION("经营异常名录", "List of abnormal operation", true, EnumSet.of(Level.NONE)),
    SERIOUS_DISHONESTY("严重违法失信名单", "List of serious illegality and dishonesty", true, EnumSet.of(Level.NONE));

    /** The level of a qualification; NONE where the qualification has no levels. */
    public enum Level implements org.jiqitong.shared.Labelled {
        NONE("", "", ""), CITY("市级", "City", "CITY"), PROVINCE("省级", "Province", "PROVINCE"),
        NATIONAL("国家级", "National", "NATIONAL");

        private final String labelZh;
        private final String labelEn;
        private final String stored;

        Level(String labelZh, String labelEn, String stored) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
            this.stored = stored;
        }

        @Override
        public String labelZh() {
            return labelZh;
        }

        @Override
        public String labelEn() {
            return labelEn;
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

    private final String labelZh;
    private final String labelEn;
    private final boolean creditFlag;
    private final Set<Level> levels;

    QualificationType(String labelZh, String labelEn, boolean creditFlag, Set<Level> levels) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.creditFlag = creditFlag;
        this.levels = levels;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
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

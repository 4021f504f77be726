package org.jiqitong.rules.size;

/**
 * The figures the standard reads: employees in persons, revenue and total assets in fen. A null is
 * an unknown figure, never zero.
 */
public record SizeFigures(Long employees, Long revenueFen, Long totalAssetsFen) {

    public static final SizeFigures NONE = new SizeFigures(null, null, null);

    Long value(Indicator indicator) {
        return switch (indicator) {
            case EMPLOYEES -> employees;
            case REVENUE -> revenueFen;
            case TOTAL_ASSETS -> totalAssetsFen;
        };
    }
}

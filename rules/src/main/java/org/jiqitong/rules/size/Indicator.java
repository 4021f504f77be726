package org.jiqitong.rules.size;

/** The three indicators of the standard: employees (persons), revenue and total assets (in fen). */
public enum Indicator {
    EMPLOYEES("从业人员", "人"), REVENUE("营业收入", "万元"), TOTAL_ASSETS("资产总额", "万元");

    private final String label;
    private final String unit;

    Indicator(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** Formats a raw value (persons, or fen) the way the standard writes it. */
    public String format(long value) {
        if (this == EMPLOYEES) {
            return value + unit;
        }
        long wanFen = 1_000_000L;
        long whole = value / wanFen;
        long rest = Math.abs(value % wanFen);
        String text = rest == 0 ? Long.toString(whole)
                : whole + "." + String.format("%06d", rest).replaceAll("0+$", "");
        return text + unit;
    }
}

package org.jiqitong.shared;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the digits and the capital letters except I, O, Z,
 * S and V; characters 3–8 are the administrative division code; the 18th is a check character over the
 * first 17 with weights 3^i mod 31. {@link #parse} refuses anything else, saying why.
 */
public record Uscc(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }

    public Uscc {
        InvalidUsccException problem = problem(value);
        if (problem != null) {
            throw problem;
        }
    }

    /** Trims and upper-cases the input, then validates it. */
    public static Uscc parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidUsccException("uscc.empty", "统一社会信用代码为空");
        }
        return new Uscc(raw.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static boolean isValid(String raw) {
        return raw != null && problem(raw.strip().toUpperCase(java.util.Locale.ROOT)) == null;
    }

    /** The check character for the first 17 characters (which must be in the alphabet). */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** The administrative division code of the registering authority (characters 3–8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static InvalidUsccException problem(String value) {
        if (value == null || value.isEmpty()) {
            return new InvalidUsccException("uscc.empty", "统一社会信用代码为空");
        }
        if (value.length() != 18) {
            return new InvalidUsccException("uscc.length",
                    "统一社会信用代码应为18位,实际为" + value.length() + "位");
        }
        for (int i = 0; i < 18; i++) {
            char c = value.charAt(i);
            if (value(c) < 0) {
                return new InvalidUsccException("uscc.character", "第" + (i + 1) + "位字符\u201c" + c
                        + "\u201d不在GB 32100-2015允许的字符集中(数字及除I、O、Z、S、V以外的大写字母)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return new InvalidUsccException("uscc.division",
                        "第3至8位应为登记管理机关的行政区划码(6位数字),实际为\u201c" + value.substring(2, 8) + "\u201d");
            }
        }
        char expected = checkCharacter(value);
        if (value.charAt(17) != expected) {
            return new InvalidUsccException("uscc.check",
                    "校验码错误:按GB 32100-2015第18位应为\u201c" + expected + "\u201d,实际为\u201c" + value.charAt(17) + "\u201d");
        }
        return null;
    }
}

package org.jiqitong.registry.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Parses the values of a feed as the departments write them; each failure says what was expected. */
final class Fields {

    private static final Pattern YUAN = Pattern.compile("(-?)([0-9]{1,15})(?:\\.([0-9]{1,2}))?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,10}");

    private Fields() {
    }

    /** Money in 元 with up to two decimals, returned in fen; never through a double. */
    static long yuanToFen(String text) {
        var m = YUAN.matcher(text);
        if (!m.matches()) {
            throw new FieldException("\u201c" + text + "\u201d不是金额:应为以元为单位、最多两位小数的数字,如 1234.56");
        }
        if (!m.group(1).isEmpty()) {
            throw new FieldException("金额不能为负数:\u201c" + text + "\u201d");
        }
        String decimals = m.group(3) == null ? "" : m.group(3);
        long fen = Long.parseLong(m.group(2)) * 100 + (decimals.isEmpty() ? 0 : Long.parseLong((decimals + "0").substring(0, 2)));
        return fen;
    }

    static int nonNegativeInt(String text, String what) {
        if (!INTEGER.matcher(text).matches()) {
            throw new FieldException("\u201c" + text + "\u201d不是整数:" + what + "应为不带小数的整数");
        }
        long value = Long.parseLong(text);
        if (value < 0) {
            throw new FieldException(what + "不能为负数:\u201c" + text + "\u201d");
        }
        if (value > Integer.MAX_VALUE) {
            throw new FieldException(what + "超出范围:\u201c" + text + "\u201d");
        }
        return (int) value;
    }

    static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldException("\u201c" + text + "\u201d不是日期:应为ISO格式 年-月-日,如 2015-06-01");
        }
    }

    static boolean bool(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "是", "y", "yes" -> true;
            case "false", "0", "否", "n", "no" -> false;
            default -> throw new FieldException("\u201c" + text + "\u201d不是布尔值:应为 true 或 false");
        };
    }

    static String text(String value, int maxLength, String what) {
        if (value.length() > maxLength) {
            throw new FieldException(what + "过长:最多" + maxLength + "个字符,实际" + value.length() + "个");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t') {
                throw new FieldException(what + "含有不可见的控制字符(第" + (i + 1) + "个字符)");
            }
        }
        return value;
    }

    /** A field value that cannot be read; the feed reader adds the row and the column. */
    static final class FieldException extends RuntimeException {
        FieldException(String message) {
            super(message, null, false, false);
        }
    }
}

package org.jiqitong.registry.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Parses the values of a feed as the departments write them; each failure says what was expected. */
final class Fields {

    private Fields() {
    }

    /** Money in 元 with up to two decimals, returned in fen; never through a double. */
    static long yuanToFen(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = n > 0 && text.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        while (i < n && isDigit(text.charAt(i))) {
            whole = whole * 10 + (text.charAt(i++) - '0');
            digits++;
        }
        long fen = 0;
        int decimals = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(text.charAt(i)) && decimals < 3) {
                fen = fen * 10 + (text.charAt(i++) - '0');
                decimals++;
            }
        }
        if (digits == 0 || digits > 15 || i != n || decimals > 2 || (text.indexOf('.') >= 0 && decimals == 0)) {
            throw new FieldException("\u201c" + text + "\u201d不是金额:应为以元为单位、最多两位小数的数字,如 1234.56");
        }
        if (negative) {
            throw new FieldException("金额不能为负数:\u201c" + text + "\u201d");
        }
        return whole * 100 + (decimals == 1 ? fen * 10 : fen);
    }

    static int nonNegativeInt(String text, String what) {
        int n = text.length();
        boolean negative = n > 0 && text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        if (n == start || n - start > 10) {
            throw new FieldException("\u201c" + text + "\u201d不是整数:" + what + "应为不带小数的整数");
        }
        long value = 0;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw new FieldException("\u201c" + text + "\u201d不是整数:" + what + "应为不带小数的整数");
            }
            value = value * 10 + (c - '0');
        }
        if (negative && value != 0) {
            throw new FieldException(what + "不能为负数:\u201c" + text + "\u201d");
        }
        if (value > Integer.MAX_VALUE) {
            throw new FieldException(what + "超出范围:\u201c" + text + "\u201d");
        }
        return (int) value;
    }

    /** An ISO date, 2015-06-01. */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    throw new FieldException("\u201c" + text + "\u201d不是有效日期(该月没有这一天或月份不存在)");
                }
            }
        }
        throw new FieldException("\u201c" + text + "\u201d不是日期:应为ISO格式 年-月-日,如 2015-06-01");
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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

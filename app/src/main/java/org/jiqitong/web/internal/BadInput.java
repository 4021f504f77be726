package org.jiqitong.web.internal;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The classes of bad input every route answers with 400 (issue 13.12), whichever page or API it reaches: control
 * characters that no field may hold (NUL, which PostgreSQL cannot store, and the other C0 codes but tab and line
 * breaks), and what the database refuses as data (a number out of range, a string too long, a check constraint).
 */
final class BadInput {

    static final String ATTRIBUTE = "jiqitongProblem";

    private BadInput() {
    }

    /** Whether the text holds a character no field accepts. */
    static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || c == 0xfffe || c == 0xffff) {
                return true;
            }
        }
        return false;
    }

    /** The first parameter (name or value) holding a control character, as a message naming it. */
    static Optional<String> inParameters(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> e : parameters.entrySet()) {
            if (hasControl(e.getKey())) {
                return Optional.of("参数名含有不允许的控制字符(如 NUL)");
            }
            for (String v : e.getValue()) {
                if (v != null && hasControl(v)) {
                    return Optional.of("参数\u201c" + e.getKey() + "\u201d含有不允许的控制字符(如 NUL)");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What the database refused as data, as a message for the person who sent it; empty when the failure is not one of
     * bad input (then it stays a 500: a defect to fix, not a user's mistake).
     */
    static Optional<String> fromDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("22001")) {
                    return Optional.of("输入的内容过长");
                }
                if (state.equals("22003")) {
                    return Optional.of("输入的数字超出允许范围");
                }
                if (state.startsWith("22")) {
                    return Optional.of("输入的数据无效(" + state + ")");
                }
                if (state.equals("23514")) {
                    return Optional.of("输入的数据不符合要求(如长度或取值范围)");
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}

package org.jiqitong.shared;

/** Writing exported CSV cells (RFC 4180) that spreadsheet programs open safely. */
public final class Csv {

    private Csv() {
    }

    /**
     * One cell: empty for null; a leading {@code = + - @} is prefixed with {@code '} so spreadsheet programs do not
     * read it as a formula; quoted, inner quotes doubled, when it holds a comma, a quote or a line break.
     */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

package org.jiqitong.demand.internal;

import java.util.Map;

/** The XML of the Open311 GeoReport v2 answers: elements with their text as XML 1.0 character data. */
final class Open311Xml {

    private Open311Xml() {
    }

    static String fields(Map<String, Object> m) {
        StringBuilder x = new StringBuilder();
        m.forEach((k, v) -> el(x, k, v));
        return x.toString();
    }

    static void el(StringBuilder x, String name, Object value) {
        if (value == null) {
            x.append('<').append(name).append("/>");
        } else {
            x.append('<').append(name).append('>').append(esc(value.toString())).append("</").append(name).append('>');
        }
    }

    /**
     * Text as XML 1.0 character data: markup escaped, and the characters XML 1.0 forbids (controls other than tab and
     * line breaks, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, so a stored value can never break the feed.
     */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)
                            || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

package org.jiqitong.registry.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes rows in PostgreSQL's COPY text format (tab separated, \N for null, backslash escapes). */
final class CopyRowWriter implements AutoCloseable {

    private final Writer out;

    CopyRowWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    void write(long rowNo, Object[] values) {
        try {
            out.write(Long.toString(rowNo));
            for (Object v : values) {
                out.write('\t');
                if (v == null) {
                    out.write("\\N");
                } else {
                    escape(v.toString());
                }
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void escape(String s) throws IOException {
        int n = s.length();
        int clean = 0;
        while (clean < n && !special(s.charAt(clean))) {
            clean++;
        }
        if (clean == n) {
            out.write(s);
            return;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

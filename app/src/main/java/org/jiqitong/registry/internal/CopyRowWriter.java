package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes rows in PostgreSQL's COPY text format (tab separated, \N for null, backslash escapes). */
final class CopyRowWriter implements AutoCloseable {

    private final OutputStream out;
    private final StringBuilder line = new StringBuilder(256);

    CopyRowWriter(OutputStream out) {
        this.out = out;
    }

    void write(long rowNo, Object[] values) {
        line.setLength(0);
        line.append(rowNo);
        for (Object v : values) {
            line.append('\t');
            if (v == null) {
                line.append("\\N");
            } else {
                escape(v.toString());
            }
        }
        line.append('\n');
        try {
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

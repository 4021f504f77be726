package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records from a character stream: comma separated, fields optionally in double quotes
 * (a quote inside written twice), line breaks inside quotes kept, CRLF or LF, empty lines skipped. Made for
 * deliveries of millions of rows: one pass over a buffer, one String per field.
 */
final class CsvRecords {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long record;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>(16);

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** How many records (including the header) have been read. */
    long recordNumber() {
        return record;
    }

    /** The next record's fields, or null at the end of the input. */
    String[] next() throws IOException {
        int c;
        do {
            c = read();
            if (c == '\r') {
                c = read();
            }
        } while (c == '\n');
        if (c < 0) {
            return null;
        }
        fields.clear();
        record++;
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
            } else {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r') {
                c = read();
                if (c != '\n' && c >= 0) {
                    position--; // a lone CR ends the record too
                }
            }
            return fields.toArray(new String[0]);
        }
    }

    /** Reads a quoted field; returns the character after its closing quote. */
    private int quoted() throws IOException {
        long startedAt = record;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new MalformedCsvException("第" + startedAt + "行起的引号没有闭合");
            }
            if (c == '"') {
                int next = read();
                if (next == '"') {
                    field.append('"');
                    continue;
                }
                if (next >= 0 && next != ',' && next != '\n' && next != '\r') {
                    throw new MalformedCsvException("第" + startedAt + "行:闭合引号后应为逗号或换行");
                }
                return next;
            }
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /** One field written as RFC 4180 reads it back: in quotes, inner quotes doubled. */
    static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** The file is not CSV as RFC 4180 writes it. */
    static final class MalformedCsvException extends RuntimeException {
        MalformedCsvException(String message) {
            super(message);
        }
    }
}

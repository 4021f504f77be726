package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRefusedException;

/**
 * Reads a feed's CSV: UTF-8 (a BOM is tolerated), a header row naming the feed's columns in any order.
 * A missing or unknown column refuses the whole file; a row of the wrong width is an error on that row.
 */
final class FeedReader implements AutoCloseable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long rowNo = 1;

    FeedReader(Reader reader, Feed feed) throws IOException {
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new ImportRefusedException("文件为空:第1行应为表头 " + String.join(",", feed.columns()));
        }
        this.header = readHeader(records.next(), feed);
    }

    private static List<String> readHeader(CSVRecord record, Feed feed) {
        List<String> names = new ArrayList<>();
        for (String raw : record) {
            String name = raw.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            names.add(name);
        }
        List<String> missing = new ArrayList<>(feed.columns());
        missing.removeAll(names);
        if (!missing.isEmpty()) {
            throw new ImportRefusedException("表头缺少列:" + String.join(", ", missing) + "。" + feed.path()
                    + " 数据的表头应为:" + String.join(",", feed.columns()));
        }
        for (String name : names) {
            if (!feed.columns().contains(name) && !feed.optionalColumns().contains(name)) {
                throw new ImportRefusedException("表头含有未知列\u201c" + name + "\u201d。" + feed.path() + " 数据的表头应为:"
                        + String.join(",", feed.columns()));
            }
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new ImportRefusedException("表头中有重复的列名");
        }
        return names;
    }

    /** The next data row, or null at the end of the file. */
    StagedRow next(int stagedWidth) {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportRefusedException("第" + (rowNo + 1) + "行附近的CSV格式有误(例如引号未闭合),未导入任何数据:"
                    + e.getMessage());
        }
        rowNo++;
        Map<String, String> values = new HashMap<>(header.size() * 2);
        StagedRow row;
        if (record.size() != header.size()) {
            row = new StagedRow(rowNo, values, stagedWidth);
            row.error(null, "该行有" + record.size() + "列,表头有" + header.size() + "列");
            return row;
        }
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), record.get(i));
        }
        return new StagedRow(rowNo, values, stagedWidth);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

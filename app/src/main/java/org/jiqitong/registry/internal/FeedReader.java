package org.jiqitong.registry.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRefusedException;

/**
 * Reads a feed's CSV: UTF-8 (a BOM is tolerated), a header row naming the feed's columns in any order.
 * A missing or unknown column refuses the whole file; a row of the wrong width is an error on that row.
 */
final class FeedReader implements AutoCloseable {

    private final Reader reader;
    private final CsvRecords records;
    private final Map<String, Integer> columns;
    private final int width;

    FeedReader(Reader reader, Feed feed) throws IOException {
        this.reader = reader;
        this.records = new CsvRecords(reader);
        String[] header = readOrRefuse();
        if (header == null) {
            throw new ImportRefusedException("文件为空:第1行应为表头 " + String.join(",", feed.columns()));
        }
        this.columns = readHeader(header, feed);
        this.width = header.length;
    }

    private static Map<String, Integer> readHeader(String[] header, Feed feed) {
        List<String> names = new ArrayList<>();
        for (String raw : header) {
            names.add(raw.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        List<String> missing = new ArrayList<>(feed.columns());
        missing.removeAll(names);
        if (!missing.isEmpty()) {
            throw new ImportRefusedException("表头缺少列:" + String.join(", ", missing) + "。" + feed.path()
                    + " 数据的表头应为:" + String.join(",", feed.columns()));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!feed.columns().contains(name) && !feed.optionalColumns().contains(name)) {
                throw new ImportRefusedException("表头含有未知列\u201c" + name + "\u201d。" + feed.path() + " 数据的表头应为:"
                        + String.join(",", feed.columns()));
            }
            if (index.put(name, i) != null) {
                throw new ImportRefusedException("表头中列\u201c" + name + "\u201d重复");
            }
        }
        return index;
    }

    /** The next data row (its number counts the header as row 1), or null at the end of the file. */
    StagedRow next(int stagedWidth) {
        String[] values = readOrRefuse();
        if (values == null) {
            return null;
        }
        StagedRow row = new StagedRow(records.recordNumber(), columns, values, stagedWidth);
        if (values.length != width) {
            row.error(null, "该行有" + values.length + "列,表头有" + width + "列");
        }
        return row;
    }

    private String[] readOrRefuse() {
        try {
            return records.next();
        } catch (CsvRecords.MalformedCsvException e) {
            throw new ImportRefusedException("CSV格式有误,未导入任何数据:" + e.getMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            // the reader decodes strictly: Excel saves Chinese CSV as GBK, which must not be read as mojibake
            throw new ImportRefusedException("文件不是 UTF-8 编码(可能是 GBK,第" + (records.recordNumber() + 1)
                    + "行附近),请另存为 UTF-8 后重新导入;未导入任何数据");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

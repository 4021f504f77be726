package org.jiqitong.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<List<String>> read(String csv) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(csv));
        List<List<String>> all = new ArrayList<>();
        String[] r;
        while ((r = records.next()) != null) {
            all.add(List.of(r));
        }
        return all;
    }

    @Test
    void readsPlainQuotedAndEmptyFields() throws IOException {
        assertThat(read("a,b,c\n1,,\"x,y\"\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "", "x,y"));
    }

    @Test
    void keepsDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
        assertThat(read("\"say \"\"hi\"\"\",\"two\nlines\"\n")).containsExactly(List.of("say \"hi\"", "two\nlines"));
    }

    @Test
    void acceptsCrLfAndALastLineWithoutBreakAndSkipsEmptyLines() throws IOException {
        assertThat(read("a,b\r\n\r\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void keepsChineseText() throws IOException {
        assertThat(read("名称,状态\n济南示例有限公司,存续\n")).containsExactly(List.of("名称", "状态"), List.of("济南示例有限公司", "存续"));
    }

    @Test
    void countsRecordsNotLines() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("h\n\"a\nb\"\nc\n"));
        records.next();
        records.next();
        records.next();
        assertThat(records.recordNumber()).isEqualTo(3);
    }

    @Test
    void refusesAnUnclosedQuoteSayingWhere() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n2,3\n")).isInstanceOf(CsvRecords.MalformedCsvException.class)
                .hasMessageContaining("第2行起的引号没有闭合");
    }

    @Test
    void refusesTextAfterAClosingQuote() {
        assertThatThrownBy(() -> read("\"a\"b,c\n")).hasMessageContaining("闭合引号后应为逗号或换行");
    }
}

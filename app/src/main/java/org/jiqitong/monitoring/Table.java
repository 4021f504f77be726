package org.jiqitong.monitoring;

import java.util.List;
import org.jiqitong.shared.Bilingual;

/**
 * One figure of the dashboards and the report: its key (titles {@code dash.table.<key>}, definitions
 * {@code dash.def.<key>}), the column headers' message keys, and rows whose first cell names the group (a {@link
 * Bilingual}) and the others are numbers (Long counts, fen amounts in columns named {@code *Fen}, Double shares).
 */
public record Table(String key, List<String> columns, List<List<Object>> rows) {

    /** The column of a header key (for the chart's series). */
    public int column(String header) {
        return columns.indexOf(header);
    }

    public static List<Object> row(Bilingual label, Object... values) {
        List<Object> r = new java.util.ArrayList<>();
        r.add(label);
        r.addAll(java.util.Arrays.asList(values));
        return r;
    }
}

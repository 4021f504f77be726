package org.jiqitong.monitoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiqitong.monitoring.Table;
import org.jiqitong.shared.Bilingual;
import org.jiqitong.shared.Money;
import org.springframework.context.MessageSource;

/**
 * A {@link Table} as a person reads it in one language: the title, the definition, the headers, the cells as text
 * (counts with separators, amounts in 元, shares in per cent, days with one decimal, "—" for none), and the numbers a
 * chart draws (amounts in 元, shares in per cent). The same view feeds the page, the CSV, the XLSX and the report.
 */
public record TableView(String key, String title, String definition, List<String> header, List<List<String>> cells,
        List<List<Object>> chart, List<Integer> series) {

    public static TableView of(Table t, MessageSource messages, Locale locale) {
        List<String> header = t.columns().stream().map(c -> messages.getMessage(c, null, c, locale)).toList();
        List<List<String>> cells = new ArrayList<>();
        List<List<Object>> chart = new ArrayList<>();
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        for (List<Object> row : t.rows()) {
            List<String> text = new ArrayList<>();
            List<Object> numbers = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                String column = t.columns().get(i);
                if (v instanceof Bilingual b) {
                    String label = english && b.en() != null ? b.en() : b.zh();
                    text.add(label);
                    numbers.add(label);
                } else if (v == null) {
                    text.add("—");
                    numbers.add(null);
                } else if (column.endsWith("Fen")) {
                    text.add(Money.yuan((Long) v));
                    numbers.add(BigDecimal.valueOf((Long) v, 2));
                } else if (column.endsWith("Share") || column.endsWith("Rate")) {
                    double pct = ((Number) v).doubleValue() * 100;
                    text.add(String.format(Locale.ROOT, "%.1f%%", pct));
                    numbers.add(Math.round(pct * 10) / 10.0);
                } else if (v instanceof Double d) {
                    text.add(String.format(Locale.ROOT, "%.1f", d));
                    numbers.add(d);
                } else {
                    text.add(String.format(Locale.ROOT, "%,d", ((Number) v).longValue()));
                    numbers.add(v);
                }
            }
            cells.add(text);
            chart.add(numbers);
        }
        List<Integer> series = new ArrayList<>();
        for (int i = 1; i < t.columns().size(); i++) {
            String c = t.columns().get(i);
            if (!c.endsWith("Fen") && !c.endsWith("Share") && !c.endsWith("Rate") && !c.endsWith("medianDays")
                    && !c.endsWith("target")) {
                series.add(i);
            }
        }
        if (series.isEmpty()) {
            series.add(1);
        }
        return new TableView(t.key(), messages.getMessage("dash.table." + t.key(), null, t.key(), locale),
                messages.getMessage("dash.def." + t.key(), null, "", locale), header, cells, chart, series);
    }

    /** The chart's data as the page's JSON block reads it. */
    public java.util.Map<String, Object> json() {
        return java.util.Map.of("header", header, "rows", chart);
    }

    public String seriesAttribute() {
        return String.join(",", series.stream().map(String::valueOf).toList());
    }
}

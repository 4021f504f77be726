package org.jiqitong.rules.columnar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.condition.Period;
import org.jiqitong.rules.eval.Facts;
import org.roaringbitmap.RoaringBitmap;

/**
 * The registry as columns on one day: row {@code i} is one entity. Numbers (and dates, as epoch days) are long
 * arrays with a bitmap of the rows whose value is known; codes are a bitmap per value; code sets a bitmap of
 * holders per code. Columns are built on first use from the rows' facts and kept; a yearly attribute has one
 * column per period ({@code last}, {@code latest}, a year).
 */
public final class Snapshot {

    /** A numeric column: values, and which rows know theirs. */
    record Numbers(long[] values, RoaringBitmap known) {
    }

    /** A code column (also a code set, and a boolean as "true"/"false"): rows per value, and which rows know. */
    record Codes(Map<String, RoaringBitmap> rows, RoaringBitmap known) {
    }

    private final LocalDate asOf;
    private final int size;
    private final IntFunction<Facts> rows;
    private final RoaringBitmap all;
    private final Map<String, Numbers> numbers = new HashMap<>();
    private final Map<String, Codes> codes = new HashMap<>();

    /** A snapshot of a few rows' facts; columns are built from them on first use. */
    public Snapshot(LocalDate asOf, List<Facts> rows) {
        this(asOf, rows.size(), List.copyOf(rows)::get);
    }

    /**
     * A snapshot of {@code size} rows whose columns are given with {@link #putNumbers} and {@link #putCodes} (a
     * city's registry); {@code rows} gives one row's facts for {@code cel} leaves and for columns not given.
     */
    public Snapshot(LocalDate asOf, int size, IntFunction<Facts> rows) {
        this.asOf = asOf;
        this.size = size;
        this.rows = rows;
        this.all = RoaringBitmap.bitmapOfRange(0, size);
    }

    /** A numeric column (dates as epoch days) of a non-yearly attribute, or of a yearly one for {@code period}. */
    public synchronized void putNumbers(String attribute, Period period, long[] values, RoaringBitmap known) {
        numbers.put(period == null ? attribute : attribute + "@" + period.json(), new Numbers(values, known));
    }

    /** A code, code-set or boolean ("true"/"false") column: the rows holding each value, and the rows that know. */
    public synchronized void putCodes(String attribute, Map<String, RoaringBitmap> rowsByValue, RoaringBitmap known) {
        codes.put(attribute, new Codes(rowsByValue, known));
    }

    public int size() {
        return size;
    }

    public LocalDate asOf() {
        return asOf;
    }

    RoaringBitmap all() {
        return all;
    }

    Facts row(int i) {
        return rows.apply(i);
    }

    synchronized Numbers numbers(Attribute a, Period period) {
        return numbers.computeIfAbsent(key(a, period), k -> {
            long[] values = new long[size];
            RoaringBitmap known = new RoaringBitmap();
            for (int i = 0; i < size; i++) {
                Object v = value(rows.apply(i), a, period);
                if (v instanceof Long l) {
                    values[i] = l;
                    known.add(i);
                } else if (v instanceof LocalDate d) {
                    values[i] = d.toEpochDay();
                    known.add(i);
                }
            }
            return new Numbers(values, known);
        });
    }

    synchronized Codes codes(Attribute a) {
        return codes.computeIfAbsent(a.code(), k -> {
            Map<String, RoaringBitmap> byValue = new HashMap<>();
            RoaringBitmap known = new RoaringBitmap();
            for (int i = 0; i < size; i++) {
                Object v = value(rows.apply(i), a, null);
                if (v == null) {
                    continue;
                }
                known.add(i);
                if (v instanceof Collection<?> set) {
                    for (Object code : set) {
                        byValue.computeIfAbsent(code.toString(), c -> new RoaringBitmap()).add(i);
                    }
                } else {
                    byValue.computeIfAbsent(v.toString(), c -> new RoaringBitmap()).add(i);
                }
            }
            return new Codes(byValue, known);
        });
    }

    private static String key(Attribute a, Period period) {
        return period == null ? a.code() : a.code() + "@" + period.json();
    }

    /** The same reading of a fact as the row-wise evaluator's. */
    private Object value(Facts facts, Attribute a, Period period) {
        if (!a.yearly()) {
            return facts.value(a.code());
        }
        OptionalInt year = period.year(asOf);
        if (year.isEmpty()) {
            year = facts.latestYear(a.code());
        }
        return year.isEmpty() ? null : facts.value(a.code(), year.getAsInt());
    }
}

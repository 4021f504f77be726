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
import org.roaringbitmap.RangeBitmap;
import org.roaringbitmap.RoaringBitmap;

/**
 * The registry as columns on one day: row {@code i} is one entity. Numbers (and dates, as epoch days) are long
 * arrays with a bitmap of the rows whose value is known; codes are a bitmap per value; code sets a bitmap of
 * holders per code. Columns are built on first use from the rows' facts and kept; a yearly attribute has one
 * column per period ({@code last}, {@code latest}, a year).
 */
public final class Snapshot {

    /**
     * A numeric column: values, and which rows know theirs; range and equality tests read a {@link RangeBitmap}
     * of the known values (shifted by the smallest, since it holds unsigned values), built on first use.
     */
    static final class Numbers {
        private final long[] values;
        private final RoaringBitmap known;
        private RangeBitmap range;
        private long offset;
        private long span;

        Numbers(long[] values, RoaringBitmap known) {
            this.values = values;
            this.known = known;
        }

        long[] values() {
            return values;
        }

        RoaringBitmap known() {
            return known;
        }

        /** Rows of {@code context} (known rows) whose value lies in [min, max]. */
        RoaringBitmap between(long min, long max, RoaringBitmap context) {
            if (min > max) {
                return new RoaringBitmap();
            }
            RangeBitmap r = range();
            if (r == null) { // values too far apart for unsigned offsets: read them one by one
                RoaringBitmap met = new RoaringBitmap();
                context.forEach((int i) -> {
                    if (values[i] >= min && values[i] <= max) {
                        met.add(i);
                    }
                });
                return met;
            }
            long top = offset + span; // the largest value
            if (max < offset || min > top) {
                return new RoaringBitmap();
            }
            long lo = Math.max(min, offset) - offset;
            long hi = Math.min(max, top) - offset;
            return r.between(lo, hi, context);
        }

        private synchronized RangeBitmap range() {
            if (range == null && !known.isEmpty()) {
                long min = Long.MAX_VALUE;
                long max = Long.MIN_VALUE;
                for (var it = known.getIntIterator(); it.hasNext();) {
                    long v = values[it.next()];
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                if (max - min < 0) { // overflowed
                    return null;
                }
                offset = min;
                span = max - min;
                RangeBitmap.Appender appender = RangeBitmap.appender(Math.max(1, max - min));
                int last = known.last();
                for (int i = 0; i <= last; i++) {
                    appender.add(known.contains(i) ? values[i] - min : 0);
                }
                range = appender.build();
            }
            return range;
        }
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
        this(asOf, RoaringBitmap.bitmapOfRange(0, size), rows);
    }

    /**
     * A snapshot whose rows are the ids in {@code universe} (a registry's entity ids, with gaps); columns are
     * indexed by id.
     */
    public Snapshot(LocalDate asOf, RoaringBitmap universe, IntFunction<Facts> rows) {
        this.asOf = asOf;
        this.size = universe.isEmpty() ? 0 : universe.last() + 1;
        this.rows = rows;
        this.all = universe;
    }

    /** A numeric column (dates as epoch days) of a non-yearly attribute, or of a yearly one for {@code period}. */
    public synchronized void putNumbers(String attribute, Period period, long[] values, RoaringBitmap known) {
        numbers.put(period == null ? attribute : attribute + "@" + period.json(), new Numbers(values, known));
    }

    /** A code, code-set or boolean ("true"/"false") column: the rows holding each value, and the rows that know. */
    public synchronized void putCodes(String attribute, Map<String, RoaringBitmap> rowsByValue, RoaringBitmap known) {
        codes.put(attribute, new Codes(rowsByValue, known));
    }

    /** One past the highest row id. */
    public int size() {
        return size;
    }

    /** The rows (ids) of this snapshot. */
    public RoaringBitmap rows() {
        return all;
    }

    public LocalDate asOf() {
        return asOf;
    }

    RoaringBitmap all() {
        return all;
    }

    /** One row's facts, as given (for {@code cel} leaves and the single-row re-match). */
    public Facts row(int i) {
        return rows.apply(i);
    }

    synchronized Numbers numbers(Attribute a, Period period) {
        return numbers.computeIfAbsent(key(a, period), k -> {
            long[] values = new long[size];
            RoaringBitmap known = new RoaringBitmap();
            for (var it = all.getIntIterator(); it.hasNext();) {
                int i = it.next();
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
            for (var it = all.getIntIterator(); it.hasNext();) {
                int i = it.next();
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

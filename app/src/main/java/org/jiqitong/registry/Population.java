package org.jiqitong.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jiqitong.rules.eval.Facts;
import org.roaringbitmap.RoaringBitmap;

/**
 * The whole registry on one day, in arrays indexed by each entity's numeric id (the population sweep's rows):
 * the same facts {@link Registry#facts} gives for one entity (qualifications and credit flags valid on the day,
 * size class from the latest figures), read through {@link #facts(int)} without building a map per entity.
 */
public final class Population {

    static final long UNKNOWN = Long.MIN_VALUE;
    static final String[] CODE_ATTRIBUTES = {"industry", "district", "functional_zone", "entity_type", "status",
        "size_class"};
    static final String[] YEARLY = {"employees", "revenue", "total_assets", "tax", "rnd"};

    private final LocalDate asOf;
    private final RoaringBitmap ids = new RoaringBitmap();
    private String[] usccs;
    private final Map<String, String[]> codes = new HashMap<>();
    private boolean[] listed;
    private long[] established;
    private long[] capital;
    private final Map<String, Map<Integer, long[]>> yearly = new HashMap<>();
    private final Map<String, Map<String, RoaringBitmap>> sets = new HashMap<>();
    /**
     * Per qualification's date attribute ({@code specialised_since}): the epoch day the valid qualification began, as
     * an int (a day fits; half the memory of a long at 1.5 M entities per qualification held).
     */
    private final Map<String, int[]> since = new HashMap<>();
    private static final int NO_DAY = Integer.MIN_VALUE;
    /** The entities of the load in USCC order (their ids beside them), for {@link #idOf}; built once after the load. */
    private String[] indexedUsccs = new String[0];
    private int[] indexedIds = new int[0];
    /** Entities added after the load (a delivery's new entity read into the kept population). */
    private final Map<String, Integer> addedLater = new java.util.concurrent.ConcurrentHashMap<>();
    private boolean indexed;

    Population(LocalDate asOf, int size) {
        this.asOf = asOf;
        this.usccs = new String[size];
        for (String a : CODE_ATTRIBUTES) {
            codes.put(a, new String[size]);
        }
        this.listed = new boolean[size];
        this.established = new long[size];
        this.capital = new long[size];
        java.util.Arrays.fill(established, UNKNOWN);
        java.util.Arrays.fill(capital, UNKNOWN);
        for (String a : YEARLY) {
            yearly.put(a, new HashMap<>());
        }
        sets.put("qualifications", new HashMap<>());
        sets.put("credit_flags", new HashMap<>());
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The ids of every entity. */
    public RoaringBitmap ids() {
        return ids;
    }

    /** One past the highest id. */
    public int size() {
        return usccs.length;
    }

    public String uscc(int id) {
        return usccs[id];
    }

    /** The entity's id in this population, or -1 when it has no row here. */
    public int idOf(String uscc) {
        int at = java.util.Arrays.binarySearch(indexedUsccs, uscc);
        int id = at >= 0 ? indexedIds[at] : addedLater.getOrDefault(uscc, -1);
        return id >= 0 && id < usccs.length && uscc.equals(usccs[id]) ? id : -1;
    }

    /** The entity's facts, as {@link Registry#facts} would give them. */
    public Facts facts(int id) {
        return new Row(id);
    }

    // ---------------------------------------------------------------- filled and kept current by the loader

    /** Sorts the loaded entities by USCC for {@link #idOf} (about a second for 1.5 million, once per load). */
    void index() {
        int[] loaded = ids.toArray();
        Integer[] order = new Integer[loaded.length];
        for (int k = 0; k < loaded.length; k++) {
            order[k] = loaded[k];
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing(id -> usccs[id]));
        String[] keys = new String[order.length];
        int[] values = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            values[k] = order[k];
            keys[k] = usccs[values[k]];
        }
        indexedUsccs = keys;
        indexedIds = values;
        addedLater.clear();
        indexed = true;
    }

    /** Makes room for ids below {@code size} (new entities get ids above the last load's). */
    void ensureSize(int size) {
        int old = usccs.length;
        if (size <= old) {
            return;
        }
        int n = Math.max(size, old + old / 8 + 1024);
        usccs = java.util.Arrays.copyOf(usccs, n);
        codes.replaceAll((a, column) -> java.util.Arrays.copyOf(column, n));
        listed = java.util.Arrays.copyOf(listed, n);
        established = java.util.Arrays.copyOf(established, n);
        capital = java.util.Arrays.copyOf(capital, n);
        java.util.Arrays.fill(established, old, n, UNKNOWN);
        java.util.Arrays.fill(capital, old, n, UNKNOWN);
        since.replaceAll((a, column) -> {
            int[] grown = java.util.Arrays.copyOf(column, n);
            java.util.Arrays.fill(grown, old, n, NO_DAY);
            return grown;
        });
        yearly.values().forEach(byYear -> byYear.replaceAll((y, column) -> {
            long[] grown = java.util.Arrays.copyOf(column, n);
            java.util.Arrays.fill(grown, old, n, UNKNOWN);
            return grown;
        }));
    }

    /** Forgets everything about one entity (before its row is read again). */
    void clear(int id) {
        if (id >= usccs.length) {
            return;
        }
        ids.remove(id);
        usccs[id] = null;
        codes.values().forEach(column -> column[id] = null);
        listed[id] = false;
        established[id] = UNKNOWN;
        capital[id] = UNKNOWN;
        yearly.values().forEach(byYear -> byYear.values().forEach(column -> column[id] = UNKNOWN));
        sets.values().forEach(byCode -> byCode.values().forEach(holders -> holders.remove(id)));
        since.values().forEach(column -> column[id] = NO_DAY);
    }

    void entity(int id, String uscc, String industry, String district, String zone, String type, String status,
            LocalDate establishedOn, Long capitalFen, boolean isListed) {
        ids.add(id);
        usccs[id] = uscc;
        if (indexed && java.util.Arrays.binarySearch(indexedUsccs, uscc) < 0) {
            addedLater.put(uscc, id);
        }
        codes.get("industry")[id] = industry;
        codes.get("district")[id] = district;
        codes.get("functional_zone")[id] = zone;
        codes.get("entity_type")[id] = type;
        codes.get("status")[id] = status;
        listed[id] = isListed;
        established[id] = establishedOn == null ? UNKNOWN : establishedOn.toEpochDay();
        capital[id] = capitalFen == null ? UNKNOWN : capitalFen;
    }

    void figure(int id, String attribute, int year, Long value) {
        if (value != null) {
            yearly.get(attribute).computeIfAbsent(year, y -> {
                long[] column = new long[usccs.length];
                java.util.Arrays.fill(column, UNKNOWN);
                return column;
            })[id] = value;
        }
    }

    void sizeClass(int id, String sizeClass) {
        codes.get("size_class")[id] = sizeClass;
    }

    void held(int id, boolean creditFlag, String code, LocalDate validFrom) {
        sets.get(creditFlag ? "credit_flags" : "qualifications").computeIfAbsent(code, c -> new RoaringBitmap()).add(id);
        if (!creditFlag && validFrom != null) {
            int[] column = since.computeIfAbsent(RegistryCatalogue.since(code), a -> {
                int[] c = new int[usccs.length];
                java.util.Arrays.fill(c, NO_DAY);
                return c;
            });
            column[id] = Math.max(column[id], Math.toIntExact(validFrom.toEpochDay()));
        }
    }

    /** One entity's facts, read from the arrays. */
    private final class Row implements Facts {
        private final int id;

        Row(int id) {
            this.id = id;
        }

        @Override
        public LocalDate asOf() {
            return asOf;
        }

        @Override
        public Object value(String attribute) {
            String[] column = codes.get(attribute);
            if (column != null) {
                return column[id];
            }
            Map<String, RoaringBitmap> set = sets.get(attribute);
            if (set != null) {
                Set<String> held = new HashSet<>();
                set.forEach((code, holders) -> {
                    if (holders.contains(id)) {
                        held.add(code);
                    }
                });
                return held;
            }
            int[] began = since.get(attribute);
            if (began != null) {
                return began[id] == NO_DAY ? null : LocalDate.ofEpochDay(began[id]);
            }
            return switch (attribute) {
                case "listed" -> listed[id];
                case "established_on" -> established[id] == UNKNOWN ? null : LocalDate.ofEpochDay(established[id]);
                case "registered_capital" -> capital[id] == UNKNOWN ? null : capital[id];
                default -> null;
            };
        }

        @Override
        public Object value(String attribute, int year) {
            Map<Integer, long[]> byYear = yearly.get(attribute);
            long[] column = byYear == null ? null : byYear.get(year);
            return column == null || column[id] == UNKNOWN ? null : column[id];
        }

        @Override
        public OptionalInt latestYear(String attribute) {
            Map<Integer, long[]> byYear = yearly.get(attribute);
            if (byYear == null) {
                return OptionalInt.empty();
            }
            int latest = Integer.MIN_VALUE;
            for (Map.Entry<Integer, long[]> e : byYear.entrySet()) {
                if (e.getKey() > latest && e.getValue()[id] != UNKNOWN) {
                    latest = e.getKey();
                }
            }
            return latest == Integer.MIN_VALUE ? OptionalInt.empty() : OptionalInt.of(latest);
        }
    }
}

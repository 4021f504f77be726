package org.jiqitong.bench.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.EntityType;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import org.roaringbitmap.RoaringBitmap;

/**
 * The registry generator's city (DemoRegistry's CSV files, written once per size under {@code target/}) read into
 * arrays, the same data for every engine: {@link #facts} for ours and row-wise CEL, {@link #firm} for Drools. The
 * reading mirrors the registry's: qualifications valid on the day, size class from the latest year's figures.
 */
final class City {

    static final long UNKNOWN = Long.MIN_VALUE;
    static final int FIRST_YEAR = 2023;
    static final int YEARS = 3;
    static final String[] YEARLY = {"employees", "revenue", "total_assets", "tax", "rnd"};

    final LocalDate asOf;
    final int size;
    final String[] industry;
    final String[] district;
    final String[] zone;
    final String[] type;
    final String[] status;
    final String[] sizeClass;
    final boolean[] listed;
    final long[] established;
    final long[] capital;
    final long[][][] yearly; // attribute → year index → entity
    final Set<String>[] qualifications;
    final Set<String>[] creditFlags;

    @SuppressWarnings("unchecked")
    private City(LocalDate asOf, int size) {
        this.asOf = asOf;
        this.size = size;
        industry = new String[size];
        district = new String[size];
        zone = new String[size];
        type = new String[size];
        status = new String[size];
        sizeClass = new String[size];
        listed = new boolean[size];
        established = new long[size];
        capital = new long[size];
        yearly = new long[YEARLY.length][YEARS][size];
        for (long[][] a : yearly) {
            for (long[] y : a) {
                Arrays.fill(y, UNKNOWN);
            }
        }
        qualifications = new Set[size];
        creditFlags = new Set[size];
    }

    static City generate(int n, LocalDate asOf) throws IOException {
        Path dir = Path.of("target", "city-" + n + "-" + asOf);
        if (!Files.exists(dir.resolve("credit.csv"))) {
            DemoRegistry.write(n, dir, asOf);
        }
        City c = new City(asOf, n);
        Map<String, Integer> ids = new HashMap<>(n * 2);
        Map<String, String> interned = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("entities.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            int id = 0;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                ids.put(f[0], id);
                c.type[id] = EntityType.parse(f[2]).orElseThrow().name();
                c.district[id] = interned.computeIfAbsent(f[3], k -> k);
                c.industry[id] = interned.computeIfAbsent(f[4], k -> k);
                c.established[id] = LocalDate.parse(f[5]).toEpochDay();
                c.capital[id] = Math.round(Double.parseDouble(f[6]) * 100);
                c.status[id] = EntityStatus.parse(f[7]).orElseThrow().name();
                c.listed[id] = Boolean.parseBoolean(f[8]);
                c.zone[id] = f.length > 11 && !f[11].isEmpty() ? interned.computeIfAbsent(f[11], k -> k) : null;
                c.qualifications[id] = Set.of();
                c.creditFlags[id] = Set.of();
                id++;
            }
        }
        int[] latest = new int[n];
        try (BufferedReader in = Files.newBufferedReader(dir.resolve("figures.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                int id = ids.get(f[0]);
                int year = Integer.parseInt(f[1]);
                for (int a = 0; a < YEARLY.length; a++) {
                    String v = f[2 + a];
                    if (!v.isEmpty()) {
                        c.yearly[a][year - FIRST_YEAR][id] = a == 0 ? Long.parseLong(v) : Math.round(Double.parseDouble(v) * 100);
                    }
                }
                latest[id] = Math.max(latest[id], year);
            }
        }
        for (int id = 0; id < n; id++) {
            if (latest[id] > 0) {
                int y = latest[id] - FIRST_YEAR;
                SizeClass s = SizeStandard.classOf(c.industry[id], new SizeFigures(orNull(c.yearly[0][y][id]),
                        orNull(c.yearly[1][y][id]), orNull(c.yearly[2][y][id])));
                c.sizeClass[id] = s == SizeClass.UNDETERMINED ? null : s.name();
            }
        }
        for (String file : new String[] {"qualifications.csv", "credit.csv"}) {
            try (BufferedReader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
                in.readLine();
                String line;
                while ((line = in.readLine()) != null) {
                    String[] f = line.split(",", -1);
                    int id = ids.get(f[0]);
                    QualificationType q = QualificationType.parse(f[1]).orElseThrow();
                    LocalDate from = LocalDate.parse(f[3]);
                    LocalDate to = f.length > 4 && !f[4].isEmpty() ? LocalDate.parse(f[4]) : null;
                    if (!from.isAfter(asOf) && (to == null || !to.isBefore(asOf))) {
                        Set<String>[] sets = q.creditFlag() ? c.creditFlags : c.qualifications;
                        Set<String> held = new HashSet<>(sets[id]);
                        held.add(q.name());
                        sets[id] = Set.copyOf(held);
                    }
                }
            }
        }
        return c;
    }

    RoaringBitmap ids() {
        return RoaringBitmap.bitmapOfRange(0, size);
    }

    /** A yearly value ({@code null} when unknown). */
    Long value(int attribute, int year, int id) {
        int y = year - FIRST_YEAR;
        return y < 0 || y >= YEARS ? null : orNull(yearly[attribute][y][id]);
    }

    static Long orNull(long v) {
        return v == UNKNOWN ? null : v;
    }

    static int yearly(String attribute) {
        return Arrays.asList(YEARLY).indexOf(attribute);
    }

    /** One entity's facts, read from the arrays (the registry's meaning). */
    Facts facts(int id) {
        return new Facts() {
            @Override
            public LocalDate asOf() {
                return asOf;
            }

            @Override
            public Object value(String attribute) {
                return switch (attribute) {
                    case "industry" -> industry[id];
                    case "district" -> district[id];
                    case "functional_zone" -> zone[id];
                    case "entity_type" -> type[id];
                    case "status" -> status[id];
                    case "size_class" -> sizeClass[id];
                    case "listed" -> listed[id];
                    case "established_on" -> LocalDate.ofEpochDay(established[id]);
                    case "registered_capital" -> capital[id];
                    case "qualifications" -> qualifications[id];
                    case "credit_flags" -> creditFlags[id];
                    default -> null;
                };
            }

            @Override
            public Object value(String attribute, int year) {
                int a = yearly(attribute);
                return a < 0 ? null : City.this.value(a, year, id);
            }

            @Override
            public OptionalInt latestYear(String attribute) {
                int a = yearly(attribute);
                for (int y = YEARS - 1; a >= 0 && y >= 0; y--) {
                    if (yearly[a][y][id] != UNKNOWN) {
                        return OptionalInt.of(FIRST_YEAR + y);
                    }
                }
                return OptionalInt.empty();
            }
        };
    }
}

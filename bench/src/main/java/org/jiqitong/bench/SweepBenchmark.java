package org.jiqitong.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.rules.columnar.SweepPlan;
import org.jiqitong.rules.columnar.ColumnarResult;
import org.jiqitong.rules.columnar.Snapshot;
import org.jiqitong.rules.condition.Period;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import org.roaringbitmap.RoaringBitmap;

/**
 * The columnar sweep: synthetic entities written straight into columns (shaped like the demo generator: mostly
 * micro, rare qualifications, some figures missing), the varied seed items, one evaluation of every item over every
 * entity. Single-threaded so far. Usage: SweepBenchmark [entities] [items] (default 1,500,000 × 1,000).
 */
public final class SweepBenchmark {

    private static final String[] INDUSTRIES = {"F5211", "F5123", "H6210", "C3311", "C3484", "C3911", "C2710", "I6513",
        "I6420", "L7212", "E4790", "G5430", "K7020", "M7320", "O8010", "A0141"};
    private static final String[] DISTRICTS = {"370102", "370103", "370104", "370105", "370112", "370113", "370114",
        "370115", "370116", "370117", "370124", "370126"};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
        int itemCount = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        long t0 = System.nanoTime();
        Snapshot snapshot = build(n, asOf);
        double buildSecs = (System.nanoTime() - t0) / 1e9;
        List<SeedItems.Item> items = SeedItems.compile(itemCount);

        // warm-up on a copy of the work, then the measured sweep
        sweep(snapshot, items.subList(0, Math.min(100, items.size())));
        System.gc();
        long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long t1 = System.nanoTime();
        SweepPlan evaluator = SweepPlan.compile(items.stream().map(SeedItems.Item::rule).toList());
        List<ColumnarResult> results = evaluator.sweep(snapshot);
        double sweepSecs = (System.nanoTime() - t1) / 1e9;
        for (int p : new int[] {1, 2}) {
            var pool = new java.util.concurrent.ForkJoinPool(p);
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                evaluator.sweep(snapshot, pool);
                System.out.printf("threads %d run %d: %.2f s%n", p, run, (System.nanoTime() - t) / 1e9);
            }
            pool.shutdown();
        }
        System.gc();
        long heapAfter = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long eligible = 0;
        long undetermined = 0;
        long resultBytes = 0;
        for (ColumnarResult r : results) {
            eligible += r.eligible().getLongCardinality();
            undetermined += r.undetermined().getLongCardinality();
            resultBytes += r.eligible().serializedSizeInBytes() + r.undetermined().serializedSizeInBytes();
        }
        System.out.printf("%n| entities | items | distinct leaves | snapshot build s | sweep s | eligible pairs | undetermined pairs | results MiB | heap growth MiB |%n");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.printf("| %,d | %,d | %,d | %.2f | %.2f | %,d | %,d | %.1f | %d |%n", n, items.size(),
                evaluator.distinctLeaves(), buildSecs, sweepSecs, eligible, undetermined, resultBytes / 1048576.0,
                (heapAfter - heapBefore) >> 20);
        System.out.println("chunks of 2^16 in the common pool; target < 2 s for 1.5 M × 1,000 on 2 cores (issue 4)");
    }

    private static void sweep(Snapshot snapshot, List<SeedItems.Item> items) {
        SweepPlan.compile(items.stream().map(SeedItems.Item::rule).toList()).sweep(snapshot);
    }

    private static Snapshot build(int n, LocalDate asOf) {
        SplittableRandom r = new SplittableRandom(20210614);
        Map<String, RoaringBitmap> industry = new HashMap<>();
        Map<String, RoaringBitmap> district = new HashMap<>();
        Map<String, RoaringBitmap> status = new HashMap<>();
        Map<String, RoaringBitmap> entityType = new HashMap<>();
        Map<String, RoaringBitmap> listed = new HashMap<>();
        Map<String, RoaringBitmap> size = new HashMap<>();
        Map<String, RoaringBitmap> qualifications = new HashMap<>();
        Map<String, RoaringBitmap> credit = new HashMap<>();
        long[] employees = new long[n];
        long[] revenue = new long[n];
        long[] rnd = new long[n];
        long[] established = new long[n];
        RoaringBitmap hasEmployees = new RoaringBitmap();
        RoaringBitmap hasRevenue = new RoaringBitmap();
        RoaringBitmap hasRnd = new RoaringBitmap();
        RoaringBitmap sizeKnown = new RoaringBitmap();
        RoaringBitmap all = RoaringBitmap.bitmapOfRange(0, n);
        for (int i = 0; i < n; i++) {
            String ind = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
            add(industry, ind, i);
            add(district, DISTRICTS[r.nextInt(DISTRICTS.length)], i);
            int s = r.nextInt(1000);
            add(status, s < 920 ? "ACTIVE" : s < 935 ? "DORMANT" : s < 975 ? "DEREGISTERED" : "REVOKED", i);
            add(entityType, r.nextInt(100) < 6 ? "JOINT_STOCK" : "LIMITED_LIABILITY", i);
            add(listed, r.nextInt(1000) < 3 ? "true" : "false", i);
            established[i] = asOf.toEpochDay() - (long) (Math.pow(r.nextDouble(), 1.8) * 11000);
            Long emp = null;
            Long rev = null;
            if (r.nextInt(100) < 80) {
                emp = Math.max(1, Math.round(Math.exp(r.nextGaussian() * 1.1 + 1.6)));
                employees[i] = emp;
                hasEmployees.add(i);
                if (r.nextInt(100) < 90) {
                    rev = Math.round(emp * Math.exp(r.nextGaussian() * 0.6 + 12.9) * 100);
                    revenue[i] = rev;
                    hasRevenue.add(i);
                }
                if (r.nextInt(100) < 30) {
                    rnd[i] = r.nextLong(1, 50_000_000);
                    hasRnd.add(i);
                }
            }
            var sizeClass = SizeStandard.classOf(ind, new SizeFigures(emp, rev, null));
            if (sizeClass != org.jiqitong.rules.size.SizeClass.UNDETERMINED) {
                add(size, sizeClass.name(), i);
                sizeKnown.add(i);
            }
            if (r.nextInt(1000) < 12) {
                add(qualifications, "HIGH_TECH", i);
            }
            if (r.nextInt(1000) < 20) {
                add(qualifications, "TECH_SME", i);
            }
            if (r.nextInt(1000) < 6) {
                add(qualifications, "SPECIALISED", i);
            }
            if (r.nextInt(10000) < 15) {
                add(qualifications, "GAZELLE", i);
            }
            if (r.nextInt(10000) < 8) {
                add(qualifications, "HEADQUARTERS", i);
            }
            if (r.nextInt(1000) < 40) {
                add(credit, "ABNORMAL_OPERATION", i);
            } else if (r.nextInt(1000) < 3) {
                add(credit, "SERIOUS_DISHONESTY", i);
            }
        }
        Snapshot snapshot = new Snapshot(asOf, n, i -> {
            throw new UnsupportedOperationException("no row-wise facts in the benchmark");
        });
        snapshot.putCodes("industry", industry, all);
        snapshot.putCodes("district", district, all);
        snapshot.putCodes("status", status, all);
        snapshot.putCodes("entity_type", entityType, all);
        snapshot.putCodes("listed", listed, all);
        snapshot.putCodes("size_class", size, sizeKnown);
        snapshot.putCodes("qualifications", qualifications, all);
        snapshot.putCodes("credit_flags", credit, all);
        snapshot.putNumbers("established_on", null, established, all);
        snapshot.putNumbers("employees", Period.LAST, employees, hasEmployees);
        snapshot.putNumbers("revenue", Period.LAST, revenue, hasRevenue);
        snapshot.putNumbers("rnd", Period.LAST, rnd, hasRnd);
        return snapshot;
    }

    private static void add(Map<String, RoaringBitmap> column, String value, int row) {
        column.computeIfAbsent(value, v -> new RoaringBitmap()).add(row);
    }
}

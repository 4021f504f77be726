package org.jiqitong.bench.sweep;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jiqitong.bench.SeedItemsAccess;
import org.jiqitong.rules.columnar.ColumnarResult;
import org.jiqitong.rules.columnar.Snapshot;
import org.jiqitong.rules.columnar.SweepPlan;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.eval.Verdict;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.roaringbitmap.RoaringBitmap;

/**
 * The population sweep, three engines on the same data in one run: the registry generator's city
 * (DemoRegistry, default 1.5 M entities) and the item generator's items (default 1,000 from the seed library):
 * ours (SweepPlan over a columnar snapshot), row-wise CEL (one program per item, measured on a sample and
 * extrapolated), Drools 10 (the same rules as generated DRL; build, then the whole city streamed through sessions
 * in batches: insert + fire). Then the re-match of one changed entity: ours against Drools {@code update} +
 * {@code fireAllRules}. DuckDB runs the same conditions as SQL over a table of the same columns. Every peer's
 * eligible sets are checked against ours.
 *
 * <p>Usage: SweepBenchmark [entities] [items] [cel sample] [drools batch] [all|ours-only|ours-duckdb].
 */
public final class SweepBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length == 1) { // -Dbench.args="1500000 1000 2000" arrives as one argument
            args = args[0].trim().split("[\\s,]+");
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
        int itemCount = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int celSample = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        List<String> table = new ArrayList<>();

        long t = System.nanoTime();
        City city = City.generate(n, asOf);
        System.out.printf("city of %,d entities ready in %.1f s (generated and read once)%n", n, secs(t));
        List<Rule> rules = SeedItemsAccess.rules(itemCount);
        long heapBase = usedAfterGc();

        // ---------------------------------------------------------------- ours
        SweepPlan plan = SweepPlan.compile(rules);
        Snapshot snapshot = new Snapshot(asOf, city.ids(), city::facts);
        resetPeaks();
        t = System.nanoTime();
        List<ColumnarResult> ours = plan.sweep(snapshot);
        double firstSweep = secs(t);
        for (int i = 0; i < 3; i++) { // warm-up
            ours = null;
            ours = plan.sweep(snapshot);
        }
        double[] sweeps = new double[11];
        for (int i = 0; i < sweeps.length; i++) {
            ours = null;
            t = System.nanoTime();
            ours = plan.sweep(snapshot);
            sweeps[i] = secs(t);
        }
        long oursPeak = peakHeap();
        long oursHeld = usedAfterGc() - heapBase;
        long resultBytes = 0;
        long eligiblePairs = 0;
        for (ColumnarResult r : ours) {
            resultBytes += r.eligible().getLongSizeInBytes() + r.undetermined().getLongSizeInBytes();
            eligiblePairs += r.eligible().getLongCardinality();
        }
        System.out.println("ours, each sweep (s): " + Arrays.toString(sweeps));
        Arrays.sort(sweeps);
        System.out.printf("ours: first sweep (columns built from the facts) %.2f s; then median %.3f s, best %.3f s%n",
                firstSweep, sweeps[sweeps.length / 2], sweeps[0]);

        long[] keys = java.util.stream.LongStream.range(0, ours.size()).toArray();
        double[] fpTimes = new double[5];
        long[] fingerprints = null;
        for (int i = 0; i < fpTimes.length; i++) {
            t = System.nanoTime();
            fingerprints = org.jiqitong.rules.columnar.Fingerprints.of(keys, ours, n, java.util.concurrent.ForkJoinPool.commonPool());
            fpTimes[i] = secs(t);
        }
        System.out.println("fingerprints, each run (s): " + Arrays.toString(fpTimes));
        Arrays.sort(fpTimes);
        String mode = args.length > 4 ? args[4] : "all";
        System.out.printf("ours: %,d entities × %,d items, %,d distinct conditions, %,d eligible pairs; results %,d MiB;"
                + " snapshot + results held %,d MiB; heap-pool peak during the sweeps %,d MiB; fingerprints median %.3f s%n",
                n, rules.size(), plan.distinctLeaves(), eligiblePairs, resultBytes >> 20, oursHeld >> 20, oursPeak >> 20,
                fpTimes[fpTimes.length / 2]);
        // re-match of one entity: ours. The common case (nothing changed) is settled by the fingerprint; finding
        // which items changed compares with every item's bitmaps.
        SplittableRandom random = new SplittableRandom(7);
        long[] ourQuick = new long[5000];
        int fingerprintMisses = 0;
        for (int k = -20_000; k < ourQuick.length; k++) {
            int id = random.nextInt(n);
            long s = System.nanoTime();
            Verdict[] v = plan.evaluateRow(city.facts(id));
            boolean same = org.jiqitong.rules.columnar.Fingerprints.of(keys, v) == fingerprints[id];
            long e = System.nanoTime() - s;
            if (!same) {
                fingerprintMisses++;
            }
            if (k >= 0) {
                ourQuick[k] = e;
            }
        }
        Arrays.sort(ourQuick);
        long[] ourRematch = new long[5000];
        long[] ourEvaluate = new long[ourRematch.length];
        int disagreements = 0;
        for (int k = -20_000; k < ourRematch.length; k++) { // warm-up rounds first
            int id = random.nextInt(n);
            long s = System.nanoTime();
            Verdict[] v = plan.evaluateRow(city.facts(id));
            long evaluated = System.nanoTime() - s;
            int changed = 0;
            for (int i = 0; i < v.length; i++) {
                if (ours.get(i).verdict(id) != v[i]) {
                    changed++;
                }
            }
            long e = System.nanoTime() - s;
            disagreements += changed;
            if (k >= 0) {
                ourRematch[k] = e;
                ourEvaluate[k] = evaluated;
            }
        }
        Arrays.sort(ourRematch);
        Arrays.sort(ourEvaluate);
        System.out.printf("ours, re-match of one entity (%,d items; 5,000 random entities after 20,000 uncounted):"
                + " evaluateRow median %.1f µs, p99 %.1f µs; + fingerprint check (nothing changed) median %.1f µs,"
                + " p99 %.1f µs; + compare with every item's stored bitmaps median %.1f µs, p99 %.1f µs;"
                + " disagreements with the sweep: %d%n", rules.size(),
                ourEvaluate[ourEvaluate.length / 2] / 1e3, ourEvaluate[ourEvaluate.length * 99 / 100] / 1e3,
                ourQuick[ourQuick.length / 2] / 1e3, ourQuick[ourQuick.length * 99 / 100] / 1e3,
                ourRematch[ourRematch.length / 2] / 1e3, ourRematch[ourRematch.length * 99 / 100] / 1e3, disagreements);
        if (mode.equals("ours-only")) {
            return;
        }
        String duckRow = duckDb(rules, asOf, city, ours, sweeps[sweeps.length / 2]);
        if (mode.equals("ours-duckdb")) {
            System.out.println(duckRow);
            return;
        }

        // ---------------------------------------------------------------- row-wise CEL on a sample
        CelPeer cel = new CelPeer(rules, asOf);
        int sample = Math.min(celSample, n);
        int stride = Math.max(1, n / sample);
        int celDisagree = 0;
        for (int w = 0; w < 200; w++) { // warm-up
            Map<String, Object> a = Peers.activation(city, w);
            for (int i = 0; i < cel.items(); i++) {
                cel.eligible(i, a);
            }
        }
        t = System.nanoTime();
        for (int k = 0; k < sample; k++) {
            int id = k * stride;
            Map<String, Object> a = Peers.activation(city, id);
            for (int i = 0; i < cel.items(); i++) {
                if (cel.eligible(i, a) != ours.get(i).eligible().contains(id)) {
                    celDisagree++;
                }
            }
        }
        double celSampleSecs = secs(t);
        double celCity = celSampleSecs * n / sample;

        // ---------------------------------------------------------------- Drools: build, then the city in batches

        long beforeDrools = usedAfterGc();
        t = System.nanoTime();
        DroolsPeer drools = new DroolsPeer(rules, asOf);
        double droolsBuild = secs(t);
        long droolsBase = usedAfterGc() - beforeDrools;
        Hits hits = new Hits(rules.size());
        resetPeaks();
        t = System.nanoTime();
        for (int from = 0; from < n; from += batch) {
            KieSession session = drools.session(hits);
            for (int id = from; id < Math.min(n, from + batch); id++) {
                session.insert(Peers.firm(city, id));
            }
            session.fireAllRules();
            session.dispose();
        }
        double droolsRun = secs(t);
        long droolsPeak = peakHeap();
        int droolsDisagree = 0;
        for (int i = 0; i < rules.size(); i++) {
            droolsDisagree += RoaringBitmap.xorCardinality(hits.eligible(i), ours.get(i).eligible());
        }

        // re-match of one entity: Drools update + fireAllRules in a session holding one batch
        KieSession session = drools.session(new Hits(rules.size()));
        Firm[] firms = new Firm[Math.min(n, batch)];
        FactHandle[] handles = new FactHandle[firms.length];
        for (int id = 0; id < firms.length; id++) {
            firms[id] = Peers.firm(city, id);
            handles[id] = session.insert(firms[id]);
        }
        session.fireAllRules();
        long[] droolsRematch = new long[5000];
        for (int k = -5000; k < droolsRematch.length; k++) {
            int id = random.nextInt(firms.length);
            Long revenue = firms[id].getRevenueLast();
            firms[id].setRevenueLast(revenue == null ? 100_000_000L : revenue * 2);
            long s = System.nanoTime();
            session.update(handles[id], firms[id]);
            session.fireAllRules();
            long e = System.nanoTime() - s;
            if (k >= 0) {
                droolsRematch[k] = e;
            }
        }
        session.dispose();
        Arrays.sort(droolsRematch);

        double oursMedian = sweeps[sweeps.length / 2];
        double droolsTotal = droolsBuild + droolsRun;
        table.add("| engine | full sweep, 1 run | vs ours | heap | agrees with ours |");
        table.add("|---|---|---|---|---|");
        table.add(String.format("| ours: SweepPlan, columnar, 2^16-id chunks on %d cores | **%.3f s** (median of 11 after 3 warm-up; best %.3f s; first run, columns built from facts, %.2f s) | 1× | results %d MiB; snapshot + results held %d MiB; peak %d MiB | — |",
                Runtime.getRuntime().availableProcessors(), oursMedian, sweeps[0], firstSweep, resultBytes >> 20,
                oursHeld >> 20, oursPeak >> 20));
        table.add(String.format("| row-wise CEL (dev.cel 0.14.0), one program per item | %.0f s extrapolated from %,d entities (%.2f s) | %.0f× | programs only; nothing held | %s (%,d entity × item checks) |",
                celCity, sample, celSampleSecs, celCity / oursMedian, celDisagree == 0 ? "yes" : "NO: " + celDisagree,
                (long) sample * rules.size()));
        table.add(String.format("| Drools 10.2.0 (DRL, %d rules), build + insert + fire, batches of %,d | %.1f s (build %.1f s + insert/fire %.1f s) | %.0f× | KieBase %d MiB; peak %d MiB | %s |",
                rules.size(), batch, droolsTotal, droolsBuild, droolsRun, droolsTotal / oursMedian, droolsBase >> 20,
                droolsPeak >> 20, droolsDisagree == 0 ? "yes (every eligible pair)" : "NO: " + droolsDisagree));
        table.add(duckRow);
        table.add("");
        table.add("| re-match after one entity changes (" + rules.size() + " items) | median | p99 |");
        table.add("|---|---|---|");
        table.add(String.format("| ours: evaluateRow (every item's verdict) | %.1f µs | %.1f µs |",
                ourEvaluate[ourEvaluate.length / 2] / 1e3, ourEvaluate[ourEvaluate.length * 99 / 100] / 1e3));
        table.add(String.format("| ours: evaluateRow + fingerprint check (nothing changed: the common case) | **%.1f µs** | %.1f µs |",
                ourQuick[ourQuick.length / 2] / 1e3, ourQuick[ourQuick.length * 99 / 100] / 1e3));
        table.add(String.format("| ours: evaluateRow + compare with the stored verdict bitmaps (what changed) | %.1f µs | %.1f µs |",
                ourRematch[ourRematch.length / 2] / 1e3, ourRematch[ourRematch.length * 99 / 100] / 1e3));
        table.add(String.format("| Drools: update + fireAllRules (session of %,d facts) | %.1f µs | %.1f µs |",
                firms.length, droolsRematch[droolsRematch.length / 2] / 1e3,
                droolsRematch[droolsRematch.length * 99 / 100] / 1e3));
        System.out.printf("%n%,d entities × %,d items, %,d distinct conditions; %,d eligible pairs; re-match disagreements: %d;"
                + " fingerprint misses: %d; fingerprints of all entities: median %.3f s (%d MiB)%n",
                n, rules.size(), plan.distinctLeaves(), eligiblePairs, disagreements, fingerprintMisses,
                fpTimes[fpTimes.length / 2], ((long) n * 8) >> 20);
        table.forEach(System.out::println);
    }

    /** DuckDB: the city loaded once, then the one-scan query of every item's condition, median of 5 after 1 warm-up. */
    private static String duckDb(List<Rule> rules, LocalDate asOf, City city, List<ColumnarResult> ours, double oursMedian)
            throws Exception {
        try (DuckDbPeer duck = new DuckDbPeer(rules, asOf)) {
            double load = duck.load(city);
            long t = System.nanoTime();
            long[][] answer = duck.sweep();
            double first = secs(t);
            double[] runs = new double[5];
            for (int i = 0; i < runs.length; i++) {
                t = System.nanoTime();
                answer = duck.sweep();
                runs[i] = secs(t);
            }
            System.out.println("duckdb, each sweep (s): " + Arrays.toString(runs));
            Arrays.sort(runs);
            int disagree = 0;
            for (int i = 0; i < rules.size(); i++) {
                RoaringBitmap eligible = ours.get(i).eligible();
                long sum = 0;
                for (org.roaringbitmap.IntIterator it = eligible.getIntIterator(); it.hasNext(); ) {
                    sum += it.next();
                }
                if (answer[i][0] != eligible.getLongCardinality() || answer[i][1] != sum) {
                    disagree++;
                }
            }
            double median = runs[runs.length / 2];
            return String.format("| DuckDB %s, the same conditions as SQL, one scan computing every item (count and id sum) on %d threads | %.2f s (median of 5; first %.2f s; loading the table %.1f s not counted) | %.0f× | DuckDB holds %d MiB | %s |",
                    duckVersion(), Runtime.getRuntime().availableProcessors(), median, first, load, median / oursMedian,
                    duck.memoryBytes() >> 20, disagree == 0 ? "yes (count and id sum of every item)" : "NO: " + disagree + " items");
        }
    }

    private static String duckVersion() {
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
                var rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            return "?";
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void resetPeaks() {
        usedAfterGc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

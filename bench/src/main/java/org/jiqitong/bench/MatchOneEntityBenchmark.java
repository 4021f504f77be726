package org.jiqitong.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.MapFacts;
import org.jiqitong.rules.eval.RowEvaluator;

/**
 * One entity against every item, with explanations and amounts, as 我的政策 does it: 1,000 items made by varying
 * the seed library's 31 (thresholds and amounts scaled per copy), checked and compiled once like published
 * versions. Prints p50/p99 of one whole evaluation. Usage: MatchOneEntityBenchmark [items] (default 1000).
 */
public final class MatchOneEntityBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<SeedItems.Item> items = SeedItems.compile(count);
        Facts facts = ent1();
        long[] samples = new long[5000];
        int evaluations = 2000 + samples.length;
        int eligible = 0;
        for (int run = 0; run < evaluations; run++) {
            long start = System.nanoTime();
            eligible = 0;
            for (SeedItems.Item item : items) {
                Evaluation e = RowEvaluator.evaluate(item.rule(), facts);
                if (item.formula() != null && e.verdict() != org.jiqitong.rules.eval.Verdict.INELIGIBLE) {
                    item.formula().evaluate(facts);
                }
                if (e.verdict() == org.jiqitong.rules.eval.Verdict.ELIGIBLE) {
                    eligible++;
                }
            }
            long took = System.nanoTime() - start;
            if (run >= 2000) {
                samples[run - 2000] = took;
            }
        }
        Arrays.sort(samples);
        System.out.printf("%n| items | eligible | runs | p50 ms | p99 ms | max ms |%n|---|---|---|---|---|---|%n");
        System.out.printf("| %,d | %d | %,d | %.3f | %.3f | %.3f |%n", count, eligible, samples.length,
                samples[samples.length / 2] / 1e6, samples[(int) (samples.length * 0.99)] / 1e6,
                samples[samples.length - 1] / 1e6);
        System.out.println("target: p99 < 5 ms (2-core machine), explanations and amounts included");
    }

    /** The demo enterprise ent1 as the registry gives it (a medium manufacturer, high-tech and SRDI). */
    private static Facts ent1() {
        Map<String, Object> v = new HashMap<>();
        v.put("industry", "C3911");
        v.put("district", "370112");
        v.put("functional_zone", "HIGH_TECH_ZONE");
        v.put("entity_type", "LIMITED_LIABILITY");
        v.put("status", "ACTIVE");
        v.put("established_on", LocalDate.of(2009, 3, 18));
        v.put("registered_capital", 3_000_000_000L);
        v.put("listed", false);
        for (int year = 2023; year <= 2025; year++) {
            int k = year - 2023;
            v.put("employees@" + year, 380L + 20 * k);
            v.put("revenue@" + year, (240_000_000L + 20_000_000L * k) * 100);
            v.put("total_assets@" + year, (310_000_000L + 10_000_000L * k) * 100);
            v.put("tax@" + year, (9_800_000L + 500_000L * k) * 100);
            v.put("rnd@" + year, (14_000_000L + 1_000_000L * k) * 100);
        }
        v.put("size_class", "MEDIUM");
        v.put("qualifications", Set.of("HIGH_TECH", "SPECIALISED"));
        v.put("credit_flags", Set.of());
        return new MapFacts(LocalDate.of(2026, 11, 27), v);
    }
}

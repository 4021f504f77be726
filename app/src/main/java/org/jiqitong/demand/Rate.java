package org.jiqitong.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The three rates of one group (a department, a category or a month) over demands created in it:
 * 响应率 = responded within the category's hours ÷ demands; 解决率 = replied as resolved ÷ demands replied;
 * 满意率 = rated 满意 or 基本满意 ÷ demands rated. A rate with no denominator is null.
 */
public record Rate(String key, long demands, long respondedInTime, long replied, long resolved, long rated,
        long satisfied, Double responseRate, Double resolutionRate, Double satisfactionRate) {

    /** The rates per key of the rows (department, category, month, responded, replied, resolved, rated, satisfied). */
    static List<Rate> group(List<Object[]> rows, Function<Object[], String> key) {
        Map<String, long[]> acc = new TreeMap<>();
        for (Object[] r : rows) {
            long[] a = acc.computeIfAbsent(key.apply(r), k -> new long[6]);
            a[0]++;
            a[1] += (Boolean) r[3] ? 1 : 0;
            a[2] += (Boolean) r[4] ? 1 : 0;
            a[3] += (Boolean) r[4] && (Boolean) r[5] ? 1 : 0;
            a[4] += (Boolean) r[6] ? 1 : 0;
            a[5] += (Boolean) r[7] ? 1 : 0;
        }
        List<Rate> out = new ArrayList<>();
        acc.forEach((k, a) -> out.add(new Rate(k, a[0], a[1], a[2], a[3], a[4], a[5], share(a[1], a[0]),
                share(a[3], a[2]), share(a[5], a[4]))));
        return out;
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }
}

package org.jiqitong.bench;

import java.util.List;
import org.jiqitong.rules.condition.Rule;

/** The item generator's rules, for benchmarks in other packages. */
public final class SeedItemsAccess {

    private SeedItemsAccess() {
    }

    public static List<Rule> rules(int count) {
        return SeedItems.compile(count).stream().map(SeedItems.Item::rule).toList();
    }
}

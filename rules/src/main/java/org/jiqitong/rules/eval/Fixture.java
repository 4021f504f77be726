package org.jiqitong.rules.eval;

import java.time.LocalDate;
import java.util.Map;

/** A test case of a policy item: facts on a day, the verdict the item must give and, if given, the amount. */
public record Fixture(String name, LocalDate asOf, Map<String, Object> facts, Verdict expected, Long expectedAmountFen) {

    public Fixture(String name, LocalDate asOf, Map<String, Object> facts, Verdict expected) {
        this(name, asOf, facts, expected, null);
    }
}

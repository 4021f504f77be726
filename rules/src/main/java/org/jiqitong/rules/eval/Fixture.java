package org.jiqitong.rules.eval;

import java.time.LocalDate;
import java.util.Map;

/** A test case of a policy item: facts on a day, and the verdict the item must give. */
public record Fixture(String name, LocalDate asOf, Map<String, Object> facts, Verdict expected) {
}

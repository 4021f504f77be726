package org.jiqitong.rules.eval;

/** One leaf's outcome: met, failed, or unknown because its fact is missing (Kleene's three values). */
public enum Outcome {
    MET("满足"), FAILED("不满足"), UNKNOWN("未知");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Outcome not() {
        return this == MET ? FAILED : this == FAILED ? MET : UNKNOWN;
    }
}

package org.jiqitong.rules.eval;

/** The outcome of evaluating an item's conditions for one entity. UNDETERMINED: a needed fact is missing. */
public enum Verdict {
    ELIGIBLE, INELIGIBLE, UNDETERMINED
}

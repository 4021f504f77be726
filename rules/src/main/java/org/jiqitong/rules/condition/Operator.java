package org.jiqitong.rules.condition;

import java.util.Arrays;
import java.util.Optional;

/** The leaf operators of a condition tree. */
public enum Operator {
    /** equals one value. */
    EQ("eq"),
    /** equals one of several values. */
    IN("in"),
    /** within [min, max], both inclusive, either may be open. */
    RANGE("range"),
    /** a hierarchical code under one of several branches (industry "C39" covers "C3911"). */
    PREFIX("prefix"),
    /** a code set holds at least one of several codes (qualifications). */
    HAS("has"),
    /** the value is known. Never unknown itself. */
    EXISTS("exists"),
    /** a CEL expression over the catalogue's variables that gives true or false (what the others cannot say). */
    CEL("cel");

    private final String json;

    Operator(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<Operator> ofJson(String text) {
        return Arrays.stream(values()).filter(o -> o.json.equals(text)).findFirst();
    }
}

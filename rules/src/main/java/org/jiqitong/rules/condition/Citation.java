package org.jiqitong.rules.condition;

/** Where a condition comes from: the document number (文号) and the clause (条). */
public record Citation(String document, String clause) {

    @Override
    public String toString() {
        return document + (clause == null || clause.isBlank() ? "" : " " + clause);
    }
}

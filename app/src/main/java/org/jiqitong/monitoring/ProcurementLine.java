package org.jiqitong.monitoring;

/**
 * One line of a department's annual procurement plan: what it buys, its budget, whether it suits SMEs, how much of it
 * is reserved for SMEs and how much of that for small and micro enterprises (money in fen).
 */
public record ProcurementLine(String id, ProcurementCategory category, long budgetFen, boolean suitableForSme,
        long reservedFen, long reservedSmallMicroFen) {
}

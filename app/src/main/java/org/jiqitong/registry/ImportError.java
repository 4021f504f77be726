package org.jiqitong.registry;

/** One refused row of a delivery: the row number (header = row 1), the column and why. */
public record ImportError(long row, String column, String message) {
}

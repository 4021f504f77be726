package org.jiqitong.rules.condition;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which year of a yearly attribute a leaf reads: a fixed year ({@code 2025}), the year before the day of
 * evaluation ({@code last}, 上一年度, as policies write it), or the most recent year known ({@code latest}).
 */
public record Period(Kind kind, int year) {

    public enum Kind { YEAR, LAST, LATEST }

    public static final Period LAST = new Period(Kind.LAST, 0);
    public static final Period LATEST = new Period(Kind.LATEST, 0);

    public static Optional<Period> parse(String text) {
        if ("last".equals(text)) {
            return Optional.of(LAST);
        }
        if ("latest".equals(text)) {
            return Optional.of(LATEST);
        }
        if (text != null && text.matches("(19|20)[0-9]{2}")) {
            return Optional.of(new Period(Kind.YEAR, Integer.parseInt(text)));
        }
        return Optional.empty();
    }

    /** The year to read, or empty for LATEST (the facts know which year is latest). */
    public OptionalInt year(LocalDate asOf) {
        return switch (kind) {
            case YEAR -> OptionalInt.of(year);
            case LAST -> OptionalInt.of(asOf.getYear() - 1);
            case LATEST -> OptionalInt.empty();
        };
    }

    public String json() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case LAST -> "last";
            case LATEST -> "latest";
        };
    }

    /** 上一年度 / 最近年度 / 2025年. */
    public String label() {
        return switch (kind) {
            case YEAR -> year + "年";
            case LAST -> "上一年度";
            case LATEST -> "最近年度";
        };
    }
}

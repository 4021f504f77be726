package org.jiqitong.rules.condition;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in a condition: fixed ({@code 2020-01-01}) or relative to the day of evaluation ({@code -3y},
 * {@code -6m}, {@code -30d}), as in 成立未满三年.
 */
public record DateBound(LocalDate fixed, int amount, char unit) {

    private static final Pattern RELATIVE = Pattern.compile("([+-][0-9]{1,3})([ymd])");

    public static Optional<DateBound> parse(String text) {
        Matcher m = RELATIVE.matcher(text);
        if (m.matches()) {
            return Optional.of(new DateBound(null, Integer.parseInt(m.group(1)), m.group(2).charAt(0)));
        }
        try {
            return Optional.of(new DateBound(LocalDate.parse(text), 0, ' '));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public LocalDate resolve(LocalDate asOf) {
        if (fixed != null) {
            return fixed;
        }
        return switch (unit) {
            case 'y' -> asOf.plusYears(amount);
            case 'm' -> asOf.plusMonths(amount);
            default -> asOf.plusDays(amount);
        };
    }

    @Override
    public String toString() {
        return fixed != null ? fixed.toString() : (amount > 0 ? "+" : "") + amount + unit;
    }
}

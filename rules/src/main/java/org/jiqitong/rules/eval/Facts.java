package org.jiqitong.rules.eval;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What is known of one entity (or of a visitor's answers) on the day of evaluation. A null value is unknown,
 * never zero. Values: Long for INT and MONEY (fen), LocalDate for DATE, String for CODE, Set&lt;String&gt; for
 * CODE_SET, Boolean for BOOL.
 */
public interface Facts {

    LocalDate asOf();

    /** A value of an attribute that is not yearly. */
    Object value(String attribute);

    /** A value of a yearly attribute in {@code year}. */
    Object value(String attribute, int year);

    /** The most recent year with a known value of a yearly attribute. */
    OptionalInt latestYear(String attribute);
}

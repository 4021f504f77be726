package org.jiqitong.demand.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A hotline request's parameters checked the specification's way: a bad one is a 400 naming the field. */
final class Open311Params {

    /** The longest text a hotline request may carry per field (the rest is refused, never cut). */
    private static final Map<String, Integer> LIMITS = Map.of("description", 4000, "address_string", 500,
            "first_name", 50, "last_name", 50, "phone", 40, "email", 254, "service_code", 40, "address_id", 100,
            "device_id", 100, "account_id", 100);

    private Open311Params() {
    }

    /** Every text field within its limit and free of control characters (the rest is refused, never cut). */
    static void checkLengths(Map<String, String> p) {
        LIMITS.forEach((field, limit) -> {
            String v = p.get(field);
            if (v != null && v.length() > limit) {
                throw new Open311Error(400, field + " is longer than " + limit + " characters");
            }
            if (v != null && v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                throw new Open311Error(400, field + " contains control characters");
            }
        });
    }

    static OffsetDateTime date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip().replace(' ', '+'), Open311Shapes.W3C);
        } catch (DateTimeParseException e) {
            throw new Open311Error(400, field + " must be a W3C date-time such as 2026-11-27T09:00:00+08:00: " + text);
        }
    }

    /** A latitude or longitude: a finite number within ±{@code bound} degrees. */
    static Double coordinate(String text, String field, double bound) {
        Double v = number(text, field);
        if (v != null && (!Double.isFinite(v) || Math.abs(v) > bound)) {
            throw new Open311Error(400, field + " must be a number of degrees between -" + (int) bound + " and "
                    + (int) bound + ": " + text);
        }
        return v;
    }

    static Double number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new Open311Error(400, field + " is not a number: " + text);
        }
    }

    /** {@code service_request_id}: one id or several, comma-separated. */
    static List<Long> ids(String text) {
        List<Long> ids = new ArrayList<>();
        for (String s : text.split(",")) {
            ids.add(id(s.strip()));
        }
        return ids;
    }

    static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Open311Error(400, "service_request_id is not a number: " + text);
        }
    }

    /** {@code status}: open, closed or both (null: both, or not given). */
    static Boolean open(String text) {
        if (text == null) {
            return null;
        }
        List<String> st = List.of(text.split(","));
        if (!st.stream().allMatch(s -> s.equals("open") || s.equals("closed"))) {
            throw new Open311Error(400, "status must be open, closed or both");
        }
        return st.size() == 1 ? st.get(0).equals("open") : null;
    }
}

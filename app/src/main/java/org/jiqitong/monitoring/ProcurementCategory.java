package org.jiqitong.monitoring;

/** What a procurement line buys: goods and services (reserved in full up to 200 万元) or works (up to 400 万元). */
public enum ProcurementCategory implements org.jiqitong.shared.Labelled {
    GOODS(200_000_000L), SERVICES(200_000_000L), WORKS(400_000_000L);

    private final long fullReservationUpToFen;

    ProcurementCategory(long fullReservationUpToFen) {
        this.fullReservationUpToFen = fullReservationUpToFen;
    }

    /** Up to this budget (以下: the bound included) a suitable line is reserved for SMEs in full. */
    public long fullReservationUpToFen() {
        return fullReservationUpToFen;
    }

    public static java.util.Optional<ProcurementCategory> parse(String s) {
        if (s == null) {
            return java.util.Optional.empty();
        }
        for (ProcurementCategory c : values()) {
            if (c.name().equalsIgnoreCase(s.strip()) || c.labelZh().equals(s.strip())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}

package org.jiqitong.registry;

import java.time.LocalDate;

/** A qualification or credit flag an entity holds (or held), with its validity and provenance. */
public record HeldQualification(QualificationType type, QualificationType.Level level, LocalDate validFrom,
        LocalDate validTo, Provenance from) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}

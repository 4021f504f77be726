package org.jiqitong.registry;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.rules.size.SizeVerdict;

/** 一企一档: everything the registry knows of one entity, each part with its provenance. */
public record EntityProfile(String uscc, String name, EntityType entityType, District district,
        FunctionalZone functionalZone, String industryCode, LocalDate establishedOn, Long registeredCapitalFen,
        EntityStatus status, boolean listed, String legalRepresentative, String address, Provenance from,
        SizeVerdict size, List<YearlyFigures> figures, List<HeldQualification> qualifications) {

    public List<HeldQualification> credentials() {
        return qualifications.stream().filter(q -> !q.type().creditFlag()).toList();
    }

    public List<HeldQualification> creditFlags() {
        return qualifications.stream().filter(q -> q.type().creditFlag()).toList();
    }

    public String industry() {
        return Industries.describe(industryCode);
    }
}

package org.jiqitong.registry.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.EntitySummary;
import org.jiqitong.registry.HeldQualification;
import org.jiqitong.registry.Provenance;
import org.jiqitong.registry.YearlyFigures;

/** The API's view of an entity; money in fen, codes beside their Chinese labels, every value's source. */
record EntityJson(String uscc, String name, String entityType, String entityTypeLabel, String districtCode,
        String districtName, String functionalZone, String industryCode, String industryName, LocalDate establishedOn,
        Long registeredCapitalFen, String status, String statusLabel, boolean listed, String legalRepresentative,
        String address, String sizeClass, List<String> sizeExplanation, Source source, List<Figures> figures,
        List<Qualification> qualifications, List<Qualification> creditFlags) {

    record Source(String code, String name, long delivery, OffsetDateTime arrivedAt) {
        static Source of(Provenance p) {
            return p == null ? null : new Source(p.source(), p.sourceName(), p.runId(), p.arrivedAt());
        }
    }

    record Value(Long value, Source source) {
        static Value of(Long value, Provenance p) {
            return value == null ? null : new Value(value, Source.of(p));
        }
    }

    record Figures(int year, Value employees, Value revenueFen, Value totalAssetsFen, Value taxFen, Value rndFen) {
        static Figures of(YearlyFigures f) {
            return new Figures(f.year(), Value.of(f.employees(), f.employeesFrom()),
                    Value.of(f.revenueFen(), f.revenueFrom()), Value.of(f.totalAssetsFen(), f.totalAssetsFrom()),
                    Value.of(f.taxFen(), f.taxFrom()), Value.of(f.rndFen(), f.rndFrom()));
        }
    }

    record Qualification(String code, String label, String level, LocalDate validFrom, LocalDate validTo,
            boolean validToday, Source source) {
        static Qualification of(HeldQualification q, LocalDate today) {
            return new Qualification(q.type().name(), q.type().labelZh(), q.level().stored().isEmpty() ? null
                    : q.level().stored(), q.validFrom(), q.validTo(), q.validOn(today), Source.of(q.from()));
        }
    }

    /** A search hit. */
    record Summary(String uscc, String name, String entityType, String districtCode, String industryCode,
            String status, String sizeClass) {
        static Summary of(EntitySummary s) {
            return new Summary(s.uscc(), s.name(), s.entityType().name(), s.district().code(), s.industryCode(),
                    s.status().name(), s.sizeClass().name());
        }
    }

    static EntityJson of(EntityProfile p, LocalDate today) {
        return new EntityJson(p.uscc(), p.name(), p.entityType().name(), p.entityType().labelZh(),
                p.district().code(), p.district().labelZh(),
                p.functionalZone() == null ? null : p.functionalZone().labelZh(), p.industryCode(), p.industry(),
                p.establishedOn(), p.registeredCapitalFen(), p.status().name(), p.status().labelZh(), p.listed(),
                p.legalRepresentative(), p.address(), p.size().sizeClass().name(), p.size().explanation(),
                Source.of(p.from()), p.figures().stream().map(Figures::of).toList(),
                p.credentials().stream().map(q -> Qualification.of(q, today)).toList(),
                p.creditFlags().stream().map(q -> Qualification.of(q, today)).toList());
    }
}

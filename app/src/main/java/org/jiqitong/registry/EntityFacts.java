package org.jiqitong.registry;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.MapFacts;
import org.jiqitong.rules.size.SizeClass;

/**
 * An entity's registry record as the rule engine's facts on a given day: values that are not stored stay unknown,
 * qualifications and credit flags are those valid on that day, and an undetermined size class is unknown.
 */
final class EntityFacts {

    private EntityFacts() {
    }

    static Facts of(EntityProfile p, LocalDate asOf) {
        Map<String, Object> values = new HashMap<>();
        values.put("industry", p.industryCode());
        values.put("district", p.district().code());
        values.put("functional_zone", p.functionalZone() == null ? null : p.functionalZone().name());
        values.put("entity_type", p.entityType().name());
        values.put("status", p.status().name());
        values.put("established_on", p.establishedOn());
        values.put("registered_capital", p.registeredCapitalFen());
        values.put("listed", p.listed());
        for (YearlyFigures f : p.figures()) {
            put(values, "employees", f.year(), f.employees());
            put(values, "revenue", f.year(), f.revenueFen());
            put(values, "total_assets", f.year(), f.totalAssetsFen());
            put(values, "tax", f.year(), f.taxFen());
            put(values, "rnd", f.year(), f.rndFen());
        }
        SizeClass size = p.size().sizeClass();
        values.put("size_class", size == SizeClass.UNDETERMINED ? null : size.name());
        values.put("qualifications", held(p, asOf, false));
        values.put("credit_flags", held(p, asOf, true));
        p.qualifications().stream().filter(q -> !q.type().creditFlag() && q.validOn(asOf))
                .forEach(q -> values.merge(RegistryCatalogue.since(q.type().name()), q.validFrom(),
                        (a, b) -> ((LocalDate) a).isAfter((LocalDate) b) ? a : b));
        values.values().removeIf(java.util.Objects::isNull);
        return new MapFacts(asOf, values);
    }

    private static void put(Map<String, Object> values, String attribute, int year, Long value) {
        if (value != null) {
            values.put(attribute + "@" + year, value);
        }
    }

    private static Set<String> held(EntityProfile p, LocalDate asOf, boolean creditFlags) {
        return p.qualifications().stream().filter(q -> q.type().creditFlag() == creditFlags && q.validOn(asOf))
                .map(q -> q.type().name()).collect(Collectors.toSet());
    }
}

package org.jiqitong.bench.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jiqitong.rules.eval.Facts;

/** The same entity for the peers: a Drools fact, or a CEL activation. */
final class Peers {

    static final String[] YEARLY_FIELDS = {"employees", "revenue", "totalAssets", "tax", "rnd"};

    private Peers() {
    }

    static Firm firm(City c, int id) {
        Facts f = c.facts(id);
        Firm firm = new Firm();
        firm.setId(id);
        firm.setIndustry(c.industry[id]);
        firm.setDistrict(c.district[id]);
        firm.setFunctionalZone(c.zone[id]);
        firm.setEntityType(c.type[id]);
        firm.setStatus(c.status[id]);
        firm.setSizeClass(c.sizeClass[id]);
        firm.setListed(c.listed[id]);
        firm.setEstablishedOn(c.established[id]);
        firm.setRegisteredCapital(City.orNull(c.capital[id]));
        firm.setQualifications(c.qualifications[id]);
        firm.setCreditFlags(c.creditFlags[id]);
        int last = c.asOf.getYear() - 1;
        firm.setEmployeesLast(c.value(0, last, id));
        firm.setRevenueLast(c.value(1, last, id));
        firm.setTotalAssetsLast(c.value(2, last, id));
        firm.setTaxLast(c.value(3, last, id));
        firm.setRndLast(c.value(4, last, id));
        firm.setEmployeesLatest(latest(f, "employees"));
        firm.setRevenueLatest(latest(f, "revenue"));
        firm.setTotalAssetsLatest(latest(f, "total_assets"));
        firm.setTaxLatest(latest(f, "tax"));
        firm.setRndLatest(latest(f, "rnd"));
        return firm;
    }

    private static Long latest(Facts f, String attribute) {
        OptionalInt y = f.latestYear(attribute);
        return y.isEmpty() ? null : (Long) f.value(attribute, y.getAsInt());
    }

    /** Variables and their CEL types: strings, ints, a bool, string lists; each nullable one with a k_ flag. */
    static final List<String> STRINGS = List.of("industry", "district", "functional_zone", "entity_type", "status", "size_class");
    static final List<String> INTS = List.of("established_on", "registered_capital", "employees_last", "revenue_last",
            "total_assets_last", "tax_last", "rnd_last", "employees_latest", "revenue_latest", "total_assets_latest",
            "tax_latest", "rnd_latest");

    /** A row-wise engine's activation for one entity: every variable, with k_ flags for the nullable ones. */
    static Map<String, Object> activation(City c, int id) {
        Firm f = firm(c, id);
        Map<String, Object> m = new HashMap<>();
        string(m, "industry", f.getIndustry());
        string(m, "district", f.getDistrict());
        string(m, "functional_zone", f.getFunctionalZone());
        string(m, "entity_type", f.getEntityType());
        string(m, "status", f.getStatus());
        string(m, "size_class", f.getSizeClass());
        m.put("listed", f.isListed());
        number(m, "established_on", f.getEstablishedOn());
        number(m, "registered_capital", f.getRegisteredCapital());
        number(m, "employees_last", f.getEmployeesLast());
        number(m, "revenue_last", f.getRevenueLast());
        number(m, "total_assets_last", f.getTotalAssetsLast());
        number(m, "tax_last", f.getTaxLast());
        number(m, "rnd_last", f.getRndLast());
        number(m, "employees_latest", f.getEmployeesLatest());
        number(m, "revenue_latest", f.getRevenueLatest());
        number(m, "total_assets_latest", f.getTotalAssetsLatest());
        number(m, "tax_latest", f.getTaxLatest());
        number(m, "rnd_latest", f.getRndLatest());
        m.put("qualifications", List.copyOf(f.getQualifications()));
        m.put("credit_flags", List.copyOf(f.getCreditFlags()));
        return m;
    }

    private static void string(Map<String, Object> m, String name, String v) {
        m.put(name, v == null ? "" : v);
        m.put("k_" + name, v != null);
    }

    private static void number(Map<String, Object> m, String name, Long v) {
        m.put(name, v == null ? 0L : v);
        m.put("k_" + name, v != null);
    }

}

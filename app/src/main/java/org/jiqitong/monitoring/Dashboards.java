package org.jiqitong.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.demand.Demands;
import org.jiqitong.demand.Rate;
import org.jiqitong.dormancy.Dormancy;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.ItemReach;
import org.jiqitong.matching.Matching;
import org.jiqitong.monitoring.internal.GroupNames;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.DeliveryFigures;
import org.jiqitong.registry.Breakdown;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Bilingual;
import org.jiqitong.shared.ChinaTime;
import org.springframework.stereotype.Service;

/**
 * 民营经济监测 (实施意见 29): the figures of the dashboards and the half-yearly report, each a {@link Table} from the
 * modules' aggregates — the population's structure from the registry's summaries, founded and dormant entities by
 * month, qualifications against the seed's 2,000, policy delivery per department and month, the three demand rates. A
 * page view reads summaries and grouped SQL, never the 1.5 M rows. Staff see every table; policy delivery is scoped
 * to the viewer's department unless a supervisor or administrator; the public sees the population and qualifications.
 */
@Service
public class Dashboards {

    /** 实施意见 5: 市级以上专精特新、单项冠军、瞪羚、独角兽企业. */
    public static final List<QualificationType> SEED_QUALIFICATIONS = List.of(QualificationType.SPECIALISED,
            QualificationType.SINGLE_CHAMPION, QualificationType.GAZELLE, QualificationType.UNICORN);
    public static final long SEED_QUALIFIED_TARGET = 2000;

    private final Registry registry;
    private final Dormancy dormancy;
    private final DeliveryFigures delivery;
    private final Matching matching;
    private final Policies policies;
    private final Demands demands;
    private final Identity identity;
    private final GroupNames names;
    private final java.time.Clock clock;

    Dashboards(Registry registry, Dormancy dormancy, DeliveryFigures delivery, Matching matching, Policies policies,
            Demands demands, Identity identity, GroupNames names, java.time.Clock clock) {
        this.registry = registry;
        this.dormancy = dormancy;
        this.delivery = delivery;
        this.matching = matching;
        this.policies = policies;
        this.demands = demands;
        this.identity = identity;
        this.names = names;
        this.clock = clock;
    }

    public OffsetDateTime summariesAsOf() {
        return registry.summariesAsOf();
    }

    /** The population by each dimension (the figures the public sees too). */
    public List<Table> population(DashboardFilter f) {
        List<Table> out = new ArrayList<>();
        for (Breakdown b : Breakdown.values()) {
            List<List<Object>> rows = new ArrayList<>();
            registry.count(b, f.district(), f.ownership(), null)
                    .forEach((code, n) -> rows.add(Table.row(names.of(b, code), n)));
            out.add(new Table("by" + b.name(), List.of("dash.col.group", "dash.col.entities"), rows));
        }
        Map<String, Long> founded = registry.foundedByMonth(f.from(), f.to(), f.district(), f.ownership());
        Map<String, Long> dormant = dormancy.startedByMonth(f.from(), f.to());
        List<List<Object>> months = new ArrayList<>();
        founded.forEach((m, n) -> months.add(Table.row(Bilingual.zh(m), n, dormant.getOrDefault(m, 0L))));
        out.add(new Table("byMonth", List.of("dash.col.month", "dash.col.founded", "dash.col.dormant"), months));
        return out;
    }

    /** Qualified entities (实施意见 5) by type, and in all against the 2,000 of the seed. */
    public Table qualifications() {
        LocalDate today = ChinaTime.today(clock);
        List<List<Object>> rows = new ArrayList<>();
        for (QualificationType t : SEED_QUALIFICATIONS) {
            rows.add(Table.row(new Bilingual(t.labelZh(), t.labelEn()), registry.holders(List.of(t), today), null));
        }
        rows.add(Table.row(new Bilingual("合计(一家只计一次)", "In all (each entity once)"),
                registry.holders(SEED_QUALIFICATIONS, today), SEED_QUALIFIED_TARGET));
        return new Table("qualifications", List.of("dash.col.group", "dash.col.entities", "dash.col.target"), rows);
    }

    /** Policy delivery per department in the period: eligible now, applied, paid, amount, 免申即享 share, median days. */
    public List<Table> delivery(DashboardFilter f, CurrentUser viewer) {
        String scope = scope(viewer, f.department());
        List<DeliveryFigures.Row> rows = delivery.rows(f.from(), f.to()).stream()
                .filter(r -> scope == null || scope.equals(r.departmentCode())).toList();
        Map<String, long[]> byDept = new java.util.TreeMap<>();
        Map<String, long[]> byMonth = new java.util.TreeMap<>();
        for (LocalDate m = f.from(); m.isBefore(f.to()); m = m.plusMonths(1)) {
            byMonth.put(m.toString().substring(0, 7), new long[5]);
        }
        for (DeliveryFigures.Row r : rows) {
            long[] d = byDept.computeIfAbsent(r.departmentCode(), k -> new long[6]);
            add(d, r);
            add(byMonth.computeIfAbsent(r.month(), k -> new long[6]), r);
        }
        Map<String, Long> eligible = eligibleByDepartment(scope);
        eligible.keySet().forEach(k -> byDept.computeIfAbsent(k, x -> new long[6]));
        Map<String, Double> median = delivery.medianWorkingDays(f.from(), f.to());
        Map<String, String> departments = identity.departments(false);
        Map<String, String> departmentsEn = identity.departments(true);
        List<List<Object>> dept = new ArrayList<>();
        byDept.forEach((code, v) -> {
            long eligibleNow = eligible.getOrDefault(code, 0L);
            dept.add(Table.row(new Bilingual(departments.getOrDefault(code, code), departmentsEn.getOrDefault(code, code)),
                    eligibleNow, v[0], v[1], v[2], v[3], v[1] == 0 ? null : v[3] / (double) v[1], median.get(code),
                    Math.max(0, eligibleNow - v[1])));
        });
        List<List<Object>> month = new ArrayList<>();
        byMonth.forEach((m, v) -> month.add(Table.row(Bilingual.zh(m), v[0], v[1], v[2], v[3])));
        return List.of(new Table("deliveryByDepartment", List.of("dash.col.department", "dash.col.eligible",
                "dash.col.submitted", "dash.col.paid", "dash.col.paidFen", "dash.col.noApplicationPaid",
                "dash.col.noApplicationShare", "dash.col.medianDays", "dash.col.takeUpGap"), dept),
                new Table("deliveryByMonth", List.of("dash.col.month", "dash.col.submitted", "dash.col.paid",
                        "dash.col.paidFen", "dash.col.noApplicationPaid"), month));
    }

    private static void add(long[] acc, DeliveryFigures.Row r) {
        acc[0] += r.submitted();
        acc[1] += r.paid();
        acc[2] += r.paidFen();
        acc[3] += r.noApplicationPaid();
        acc[4] += r.noApplicationFen();
    }

    /** Entities eligible now for each department's published items (the sum over items: an entity counts per item). */
    private Map<String, Long> eligibleByDepartment(String scope) {
        Map<String, Long> out = new LinkedHashMap<>();
        Map<Long, String> departments = new java.util.HashMap<>();
        policies.publishedCompiled().forEach(c -> departments.put(c.view().itemId(), c.view().departmentCode()));
        for (ItemReach reach : matching.reachAll().values()) {
            java.util.Optional.ofNullable(departments.get(reach.itemId()))
                    .filter(d -> scope == null || scope.equals(d))
                    .ifPresent(d -> out.merge(d, (long) reach.eligible(), Long::sum));
        }
        return out;
    }

    /** The three demand rates per department, of demands created in the period. */
    public Table demandRates(DashboardFilter f) {
        var from = f.from().atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        var to = f.to().atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        Map<String, String> departments = identity.departments(false);
        Map<String, String> departmentsEn = identity.departments(true);
        List<List<Object>> rows = new ArrayList<>();
        for (Rate r : demands.rates(from, to).get("department")) {
            rows.add(Table.row(new Bilingual(departments.getOrDefault(r.key(), r.key()),
                    departmentsEn.getOrDefault(r.key(), r.key())), r.demands(), r.responseRate(), r.resolutionRate(),
                    r.satisfactionRate()));
        }
        return new Table("demandRates", List.of("dash.col.department", "dash.col.demands", "dash.col.responseRate",
                "dash.col.resolutionRate", "dash.col.satisfactionRate"), rows);
    }

    /** Every table a viewer may see, in page order. */
    public List<Table> all(DashboardFilter f, CurrentUser viewer) {
        List<Table> out = new ArrayList<>(population(f));
        out.add(qualifications());
        if (viewer != null) {
            out.addAll(delivery(f, viewer));
            out.add(demandRates(f));
        }
        return out;
    }

    /** One table by its key, computing only the group it belongs to (the API and the exports). */
    public java.util.Optional<Table> one(String key, DashboardFilter f, CurrentUser viewer) {
        List<Table> group;
        if (key.startsWith("by")) {
            group = population(f);
        } else if (key.equals("qualifications")) {
            group = List.of(qualifications());
        } else if (viewer != null && key.startsWith("delivery")) {
            group = delivery(f, viewer);
        } else if (viewer != null && key.equals("demandRates")) {
            group = List.of(demandRates(f));
        } else {
            group = List.of();
        }
        return group.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Who sees which department's delivery: supervisors and administrators any (or all), other staff their own. */
    static String scope(CurrentUser viewer, String asked) {
        if (viewer == null || viewer.is(Role.ENTERPRISE)) {
            throw new MonitoringNotFoundException();
        }
        if (viewer.is(Role.ADMIN) || viewer.is(Role.SUPERVISOR)) {
            return asked == null || asked.isBlank() ? null : asked;
        }
        return viewer.departmentCode().orElseThrow(MonitoringNotFoundException::new);
    }
}

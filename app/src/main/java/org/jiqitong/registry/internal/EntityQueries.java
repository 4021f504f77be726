package org.jiqitong.registry.internal;

import static org.jiqitong.registry.internal.Columns.longOrNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiqitong.registry.District;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.EntitySearch;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.EntitySummary;
import org.jiqitong.registry.EntityType;
import org.jiqitong.registry.FunctionalZone;
import org.jiqitong.registry.HeldQualification;
import org.jiqitong.shared.Page;
import org.jiqitong.registry.Provenance;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.registry.YearlyFigures;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the registry: one entity's profile with provenance, and paged searches. */
@Component
public class EntityQueries {

    /**
     * The order of a text search's hits. Not the (name, uscc) index's own expression on purpose: a name fragment or a
     * USCC prefix matches few rows, which the bigram and prefix indexes find at once and a sort orders in
     * microseconds; offered the index's order instead, the planner may walk the whole name index filtering row by row
     * for the first page (seen: a p99 of 1.2 s for a USCC prefix at 300,000 entities).
     */
    private static final String TEXT_ORDER = " ORDER BY e.name || '', e.uscc";

    /** Counting stops here: past it the total is shown as "more than" (an exact count would scan the city). */
    public static final int COUNT_LIMIT = 10_000;
    private static final java.util.regex.Pattern USCC_PREFIX = java.util.regex.Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2,18}");


    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    EntityQueries(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean exists(String uscc) {
        return jdbc.sql("SELECT count(*) FROM registry_entity WHERE uscc = ?").param(uscc).query(Long.class).single() > 0;
    }

    public java.util.OptionalInt entityId(String uscc) {
        return jdbc.sql("SELECT id FROM registry_entity WHERE uscc = ?").param(uscc).query(Integer.class).optional()
                .map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
    }

    /** The numeric ids of these entities (the unknown ones are absent). */
    public Map<String, Integer> entityIds(java.util.Collection<String> usccs) {
        Map<String, Integer> ids = new HashMap<>();
        jdbc.sql("SELECT uscc, id FROM registry_entity WHERE uscc = ANY(?)").param(usccs.toArray(String[]::new))
                .query((rs, i) -> ids.put(rs.getString(1), rs.getInt(2))).list();
        return ids;
    }

    public List<EntitySummary> summaries(int[] ids) {
        Map<Integer, EntitySummary> byId = new HashMap<>();
        jdbc.sql("""
                SELECT e.id, e.uscc, e.name, e.entity_type, e.district_code, e.industry_code, e.status,
                       coalesce(z.size_class, 'UNDETERMINED')
                FROM registry_entity e LEFT JOIN registry_size_class z ON z.uscc = e.uscc WHERE e.id = ANY(?)""")
                .param(java.util.Arrays.stream(ids).boxed().toArray(Integer[]::new))
                .query((rs, i) -> byId.put(rs.getInt(1), new EntitySummary(rs.getString(2), rs.getString(3),
                        EntityType.valueOf(rs.getString(4)), District.ofCode(rs.getString(5)).orElseThrow(),
                        rs.getString(6), EntityStatus.valueOf(rs.getString(7)), SizeClass.valueOf(rs.getString(8)))))
                .list();
        return java.util.Arrays.stream(ids).mapToObj(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public long feedback(String uscc, String message, String raisedBy, String context) {
        return jdbc.sql("INSERT INTO registry_feedback (uscc, message, raised_by, context) VALUES (?, ?, ?, ?) RETURNING id")
                .params(uscc, message, raisedBy, context).query(Long.class).single();
    }

    public List<org.jiqitong.registry.Registry.Holding> qualificationsValidOn(LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT uscc, code, level, valid_from, valid_to FROM registry_qualification
                WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY uscc, code LIMIT ?""")
                .params(day, day, limit)
                .query((rs, i) -> new org.jiqitong.registry.Registry.Holding(rs.getString(1), new HeldQualification(
                        QualificationType.valueOf(rs.getString(2)), QualificationType.Level.ofStored(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), null)))
                .list().stream().filter(h -> !h.qualification().type().creditFlag()).toList();
    }

    /** The entities holding a qualification of this type on the day, in USCC order, at most {@code limit}. */
    public List<String> holdersOn(QualificationType type, LocalDate day, int limit) {
        return jdbc.sql("""
                SELECT DISTINCT uscc FROM registry_qualification
                WHERE code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY uscc LIMIT ?""")
                .params(type.name(), day, day, limit).query(String.class).list();
    }

    public List<String> firstUsccs(int limit) {
        return jdbc.sql("SELECT uscc FROM registry_entity WHERE status = 'ACTIVE' ORDER BY uscc LIMIT ?").param(limit)
                .query(String.class).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM registry_entity").query(Long.class).single();
    }

    /**
     * A page of entities. Only the criteria given become conditions (constant SQL fragments, bound values), so each
     * query is planned for its own indexes: a name fragment of two or more characters through the bigram index, a
     * USCC prefix through the pattern index, an exact USCC through the key. The total is counted up to
     * {@link #COUNT_LIMIT} + 1 (more is shown as "more than").
     */
    public Page<EntitySummary> search(EntitySearch s) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (s.text() != null) {
            String text = s.text();
            String upper = text.toUpperCase(java.util.Locale.ROOT);
            boolean usccPrefix = USCC_PREFIX.matcher(upper).matches();
            boolean nameFragment = text.codePointCount(0, text.length()) >= 2;
            if (!usccPrefix && !nameFragment) {
                return new Page<>(List.of(), 0, s.page(), s.size());
            }
            params.put("pattern", likeEscape(text));
            params.put("prefix", likeEscape(upper));
            if (upper.length() == 18 && usccPrefix) {
                where.append(" AND e.uscc = :uscc");
                params.put("uscc", upper);
            } else if (usccPrefix && nameFragment) {
                where.append(" AND ((registry_bigrams(e.name) @> registry_bigrams(:text) AND e.name ILIKE '%' || :pattern"
                        + " || '%' ESCAPE '\\') OR e.uscc LIKE :prefix || '%' ESCAPE '\\')");
            } else if (usccPrefix) {
                where.append(" AND e.uscc LIKE :prefix || '%' ESCAPE '\\'");
            } else {
                where.append(" AND registry_bigrams(e.name) @> registry_bigrams(:text) AND e.name ILIKE '%' || :pattern"
                        + " || '%' ESCAPE '\\'");
            }
            params.put("text", text);
        }
        if (s.district() != null) {
            where.append(" AND e.district_code = :district");
            params.put("district", s.district());
        }
        if (s.industry() != null) {
            where.append(" AND e.industry_code LIKE :pattern_industry || '%' ESCAPE '\\'");
            params.put("pattern_industry", likeEscape(s.industry()));
        }
        if (s.sizeClass() != null) {
            where.append(" AND coalesce(z.size_class, 'UNDETERMINED') = :size");
            params.put("size", s.sizeClass().name());
        }
        if (s.qualification() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM registry_qualification q WHERE q.uscc = e.uscc"
                    + " AND q.code = :qualification AND q.valid_from <= :today"
                    + " AND (q.valid_to IS NULL OR q.valid_to >= :today))");
            params.put("qualification", s.qualification().name());
            params.put("today", org.jiqitong.shared.ChinaTime.today(clock));
        }
        String from = " FROM registry_entity e LEFT JOIN registry_size_class z ON z.uscc = e.uscc" + where;
        // without a size-class criterion the size class is looked up for the page's entities only, after the sort
        String hitsFrom = s.sizeClass() == null ? " FROM registry_entity e" + where : from;
        params.put("count_limit", COUNT_LIMIT + 1);
        params.put("limit", s.size());
        params.put("offset", (long) s.page() * s.size());
        Long known = null;
        if (s.text() != null) {
            // a text search finds its hits once: counted, sorted and paged from the same few (a second scan, and a
            // size class looked up for every hit before the sort, were two thirds of a search at 1.5 M); only when
            // there are more than are counted does the page need the whole ordered set (below)
            long[] counted = {0};
            List<EntitySummary> items = jdbc.sql("""
                    WITH hits AS MATERIALIZED (SELECT e.uscc, e.name, e.entity_type, e.district_code, e.industry_code,
                        e.status""" + hitsFrom + """
                     LIMIT :count_limit)
                    SELECT h.uscc, h.name, h.entity_type, h.district_code, h.industry_code, h.status,
                           coalesce(z.size_class, 'UNDETERMINED'), (SELECT count(*) FROM hits)
                    FROM (SELECT * FROM hits ORDER BY name, uscc LIMIT :limit OFFSET :offset) h
                    LEFT JOIN registry_size_class z ON z.uscc = h.uscc ORDER BY h.name, h.uscc""")
                    .params(params)
                    .query((rs, i) -> {
                        counted[0] = rs.getLong(8);
                        return summary(rs);
                    }).list();
            if (!items.isEmpty() && counted[0] <= COUNT_LIMIT) {
                return new Page<>(items, counted[0], s.page(), s.size());
            }
            known = items.isEmpty() ? null : counted[0];
        }
        long total = known != null ? known : jdbc.sql("SELECT count(*) FROM (SELECT 1" + hitsFrom
                + " LIMIT :count_limit) c").params(params).query(Long.class).single();
        List<EntitySummary> items = total == 0 ? List.of() : jdbc.sql("""
                SELECT h.uscc, h.name, h.entity_type, h.district_code, h.industry_code, h.status,
                       coalesce(z.size_class, 'UNDETERMINED')
                FROM (SELECT e.uscc, e.name, e.entity_type, e.district_code, e.industry_code, e.status""" + hitsFrom
                + (s.text() == null ? " ORDER BY e.name, e.uscc" : TEXT_ORDER) + """
                 LIMIT :limit OFFSET :offset) h
                LEFT JOIN registry_size_class z ON z.uscc = h.uscc ORDER BY h.name, h.uscc""")
                .params(params)
                .query((rs, i) -> summary(rs))
                .list();
        return new Page<>(items, total, s.page(), s.size());
    }

    private static EntitySummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EntitySummary(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                District.ofCode(rs.getString(4)).orElseThrow(), rs.getString(5), EntityStatus.valueOf(rs.getString(6)),
                SizeClass.valueOf(rs.getString(7)));
    }

    public Optional<EntityProfile> profile(String uscc) {
        record Row(String uscc, String name, String type, String district, String zone, String industry,
                LocalDate established, Long capital, String status, boolean listed, String legal, String address,
                long runId) {
        }
        Optional<Row> row = jdbc.sql("""
                SELECT uscc, name, entity_type, district_code, functional_zone, industry_code, established_on,
                       registered_capital_fen, status, listed, legal_representative, address, run_id
                FROM registry_entity WHERE uscc = ?""").param(uscc)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), longOrNull(rs, 8),
                        rs.getString(9), rs.getBoolean(10), rs.getString(11), rs.getString(12), rs.getLong(13)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row r = row.get();
        List<long[]> figureRuns = new ArrayList<>();
        List<Object[]> figureRows = jdbc.sql("""
                SELECT year, employees, revenue_fen, total_assets_fen, tax_fen, rnd_fen,
                       employees_run, revenue_run, total_assets_run, tax_run, rnd_run
                FROM registry_figures WHERE uscc = ? ORDER BY year DESC""").param(uscc)
                .query((rs, i) -> new Object[] {rs.getInt(1), longOrNull(rs, 2), longOrNull(rs, 3), longOrNull(rs, 4),
                    longOrNull(rs, 5), longOrNull(rs, 6), longOrNull(rs, 7), longOrNull(rs, 8), longOrNull(rs, 9),
                    longOrNull(rs, 10), longOrNull(rs, 11)})
                .list();
        List<Object[]> qualificationRows = jdbc.sql("""
                SELECT code, level, valid_from, valid_to, run_id FROM registry_qualification WHERE uscc = ?
                ORDER BY valid_from DESC, code""").param(uscc)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getLong(5)})
                .list();
        Set<Long> runIds = new HashSet<>();
        runIds.add(r.runId());
        figureRows.forEach(f -> {
            for (int i = 6; i <= 10; i++) {
                if (f[i] != null) {
                    runIds.add((Long) f[i]);
                }
            }
        });
        qualificationRows.forEach(q -> runIds.add((Long) q[4]));
        Map<Long, Provenance> provenance = provenance(runIds);
        List<YearlyFigures> figures = figureRows.stream().map(f -> new YearlyFigures((Integer) f[0], (Long) f[1],
                (Long) f[2], (Long) f[3], (Long) f[4], (Long) f[5], provenance.get(f[6]), provenance.get(f[7]),
                provenance.get(f[8]), provenance.get(f[9]), provenance.get(f[10]))).toList();
        List<HeldQualification> qualifications = qualificationRows.stream().map(q -> new HeldQualification(
                QualificationType.valueOf((String) q[0]), QualificationType.Level.ofStored((String) q[1]),
                (LocalDate) q[2], (LocalDate) q[3], provenance.get(q[4]))).toList();
        YearlyFigures latest = figures.isEmpty() ? null : figures.get(0);
        SizeFigures sizeFigures = latest == null ? SizeFigures.NONE
                : new SizeFigures(latest.employees(), latest.revenueFen(), latest.totalAssetsFen());
        return Optional.of(new EntityProfile(r.uscc(), r.name(), EntityType.valueOf(r.type()),
                District.ofCode(r.district()).orElseThrow(),
                r.zone() == null ? null : FunctionalZone.valueOf(r.zone()), r.industry(), r.established(),
                r.capital(), EntityStatus.valueOf(r.status()), r.listed(), r.legal(), r.address(),
                provenance.get(r.runId()), SizeStandard.classify(r.industry(), sizeFigures), figures, qualifications));
    }

    private Map<Long, Provenance> provenance(Set<Long> runIds) {
        Map<Long, Provenance> map = new HashMap<>();
        jdbc.sql("""
                SELECT r.id, r.source, s.name_zh, r.channel, r.started_at FROM registry_import_run r
                LEFT JOIN registry_source s ON s.code = r.source WHERE r.id = ANY(?)""")
                .param(runIds.toArray(Long[]::new))
                .query((rs, i) -> new Provenance(rs.getString(2), rs.getString(3), rs.getLong(1), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list().forEach(p -> map.put(p.runId(), p));
        return map;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

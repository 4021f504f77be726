package org.jiqitong.registry.internal;

import static org.jiqitong.registry.internal.Columns.longOrNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiqitong.registry.District;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.EntityType;
import org.jiqitong.registry.FunctionalZone;
import org.jiqitong.registry.HeldQualification;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.registry.YearlyFigures;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One entity's record for the rule engine in one query (我的政策 and the matches API read every entity this way). */
@Component
public class FactsQuery {

    private final JdbcClient jdbc;

    FactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entity as the rule engine reads it, in one query: the same record as {@link EntityQueries#profile} without provenance
     * (facts do not carry it), its yearly figures and qualifications folded into two strings (every column
     * coalesced: {@code concat_ws} skips nulls).
     */
    public Optional<EntityProfile> profile(String uscc) {
        return jdbc.sql("""
                SELECT e.uscc, e.name, e.entity_type, e.district_code, e.functional_zone, e.industry_code,
                       e.established_on, e.registered_capital_fen, e.status, e.listed, e.legal_representative, e.address,
                       (SELECT string_agg(concat_ws(',', f.year, coalesce(f.employees::text, ''),
                                                    coalesce(f.revenue_fen::text, ''), coalesce(f.total_assets_fen::text, ''),
                                                    coalesce(f.tax_fen::text, ''), coalesce(f.rnd_fen::text, '')), ';'
                                          ORDER BY f.year DESC)
                        FROM registry_figures f WHERE f.uscc = e.uscc),
                       (SELECT string_agg(concat_ws(',', q.code, coalesce(q.level, ''), q.valid_from,
                                                    coalesce(q.valid_to::text, '')), ';' ORDER BY q.valid_from DESC, q.code)
                        FROM registry_qualification q WHERE q.uscc = e.uscc)
                FROM registry_entity e WHERE e.uscc = ?""").param(uscc)
                .query((rs, i) -> {
                    List<YearlyFigures> figures = new ArrayList<>();
                    for (String f : split(rs.getString(13))) {
                        String[] v = f.split(",", -1);
                        figures.add(new YearlyFigures(Integer.parseInt(v[0]), fen(v[1]), fen(v[2]), fen(v[3]), fen(v[4]),
                                fen(v[5]), null, null, null, null, null));
                    }
                    List<HeldQualification> qualifications = new ArrayList<>();
                    for (String q : split(rs.getString(14))) {
                        String[] v = q.split(",", -1);
                        qualifications.add(new HeldQualification(QualificationType.valueOf(v[0]),
                                QualificationType.Level.ofStored(v[1].isEmpty() ? null : v[1]), LocalDate.parse(v[2]),
                                v[3].isEmpty() ? null : LocalDate.parse(v[3]), null));
                    }
                    String industry = rs.getString(6);
                    YearlyFigures latest = figures.isEmpty() ? null : figures.get(0);
                    SizeFigures size = latest == null ? SizeFigures.NONE
                            : new SizeFigures(latest.employees(), latest.revenueFen(), latest.totalAssetsFen());
                    String zone = rs.getString(5);
                    return new EntityProfile(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
                            District.ofCode(rs.getString(4)).orElseThrow(), zone == null ? null : FunctionalZone.valueOf(zone),
                            industry, rs.getObject(7, LocalDate.class), longOrNull(rs, 8),
                            EntityStatus.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getString(11), rs.getString(12),
                            null, SizeStandard.classify(industry, size), figures, qualifications);
                })
                .optional();
    }

    private static List<String> split(String folded) {
        return folded == null || folded.isEmpty() ? List.of() : List.of(folded.split(";"));
    }

    private static Long fen(String text) {
        return text.isEmpty() ? null : Long.valueOf(text);
    }
}

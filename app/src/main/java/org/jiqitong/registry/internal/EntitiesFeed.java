package org.jiqitong.registry.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jiqitong.registry.District;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.EntityType;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.FunctionalZone;
import org.jiqitong.registry.Industries;
import org.jiqitong.shared.InvalidUsccException;
import org.jiqitong.shared.Uscc;

/** The {@code entities} feed: one row per market entity, replacing the entity's registration record. */
final class EntitiesFeed implements FeedSpec {

    private final java.time.Clock clock;

    EntitiesFeed(java.time.Clock clock) {
        this.clock = clock;
    }

    private static final String TYPES = Arrays.stream(EntityType.values()).map(EntityType::labelZh)
            .collect(Collectors.joining("、"));
    private static final String STATUSES = "存续、休眠、注销、吊销";

    @Override
    public Feed feed() {
        return Feed.ENTITIES;
    }

    @Override
    public String stagingTable() {
        return """
            CREATE TEMP TABLE stage (row_no bigint, uscc char(18), name text, entity_type text,
              district_code char(6), functional_zone text, industry_code text, established_on date,
              registered_capital_fen bigint, status text, listed boolean, legal_representative text,
              address text, ownership text) ON COMMIT DROP""";
    }

    @Override
    public int stagedWidth() {
        return 13;
    }

    @Override
    public void read(StagedRow row) {
        usccInto(row, 0);
        String name = row.required("name", "名称");
        if (name != null) {
            row.field("name", () -> row.put(1, Fields.text(name, 200, "名称")));
        }
        String type = row.required("entity_type", "市场主体类型");
        if (type != null) {
            EntityType.parse(type).ifPresentOrElse(t -> row.put(2, t.name()),
                    () -> row.error("entity_type", "\u201c" + type + "\u201d不是已知的市场主体类型,可用:" + TYPES));
        }
        String district = row.required("district_code", "行政区划代码");
        if (district != null) {
            District.ofCode(district).ifPresentOrElse(d -> row.put(3, d.code()),
                    () -> row.error("district_code", "\u201c" + district
                            + "\u201d不是济南市的区县代码(GB/T 2260),可用:370102 历下区 … 370126 商河县"));
        }
        String zone = row.value("functional_zone");
        if (zone != null) {
            FunctionalZone.parse(zone).ifPresentOrElse(z -> row.put(4, z.name()),
                    () -> row.error("functional_zone", "\u201c" + zone + "\u201d不是已知的功能区,可用:济南高新区、新旧动能转换起步区、南部山区"));
        }
        String industry = row.required("industry_code", "行业代码");
        if (industry != null) {
            Industries.problem(industry).ifPresentOrElse(p -> row.error("industry_code", p), () -> row.put(5, industry));
        }
        String established = row.value("established_on");
        if (established != null) {
            row.field("established_on", () -> {
                LocalDate date = Fields.isoDate(established);
                if (date.isAfter(org.jiqitong.shared.ChinaTime.today(clock))) {
                    throw new Fields.FieldException("成立日期 " + established + " 晚于今天");
                }
                row.put(6, date);
            });
        }
        String capital = row.value("registered_capital_yuan");
        if (capital != null) {
            row.field("registered_capital_yuan", () -> row.put(7, Fields.yuanToFen(capital)));
        }
        String status = row.required("status", "登记状态");
        if (status != null) {
            EntityStatus.parse(status).ifPresentOrElse(s -> row.put(8, s.name()),
                    () -> row.error("status", "\u201c" + status + "\u201d不是已知的登记状态,可用:" + STATUSES));
        }
        String listed = row.value("listed");
        row.field("listed", () -> row.put(9, listed == null ? Boolean.FALSE : Fields.bool(listed)));
        String legal = row.value("legal_representative");
        if (legal != null) {
            row.field("legal_representative", () -> row.put(10, Fields.text(legal, 100, "法定代表人")));
        }
        String ownership = row.value("ownership");
        if (ownership != null) {
            org.jiqitong.registry.Ownership.parse(ownership).ifPresentOrElse(o -> row.put(12, o.name()),
                    () -> row.error("ownership", "\u201c" + ownership + "\u201d不是已知的经济类型(登记注册类型代码,如 173 私营有限责任公司、"
                            + "400 个体经营,或名称如“私营”)"));
        }
        String address = row.value("address");
        if (address != null) {
            row.field("address", () -> row.put(11, Fields.text(address, 300, "住所")));
        }
    }

    /** Reads the row's USCC into staged slot {@code index}, or records why it is invalid. */
    static void usccInto(StagedRow row, int index) {
        String raw = row.required("uscc", "统一社会信用代码");
        if (raw == null) {
            return;
        }
        try {
            row.put(index, Uscc.parse(raw).value());
        } catch (InvalidUsccException e) {
            row.error("uscc", e.getMessage());
        }
    }

    @Override
    public String duplicatesSql() {
        return """
            SELECT s.row_no, d.first_row FROM stage s
            JOIN (SELECT uscc, min(row_no) AS first_row FROM stage GROUP BY uscc HAVING count(*) > 1) d
            USING (uscc) WHERE s.row_no <> d.first_row""";
    }

    @Override
    public String duplicateMessage() {
        return "同一统一社会信用代码在本文件中重复出现,已采用第%d行";
    }

    @Override
    public boolean needsKnownEntity() {
        return false;
    }

    @Override
    public String mergeSql() {
        return """
            WITH run AS (SELECT ?::bigint AS id),
            inserted AS (
                INSERT INTO registry_entity (uscc, name, entity_type, district_code, functional_zone, industry_code,
                    established_on, registered_capital_fen, status, listed, legal_representative, address, ownership,
                    run_id)
                SELECT s.uscc, s.name, s.entity_type, s.district_code, s.functional_zone, s.industry_code,
                    s.established_on, s.registered_capital_fen, s.status, s.listed, s.legal_representative, s.address,
                    s.ownership, run.id
                FROM stage s, run
                WHERE NOT EXISTS (SELECT 1 FROM registry_entity e WHERE e.uscc = s.uscc)
                ORDER BY s.uscc
                RETURNING uscc),
            updated AS (
                UPDATE registry_entity e SET name = s.name, entity_type = s.entity_type,
                    district_code = s.district_code, functional_zone = s.functional_zone,
                    industry_code = s.industry_code, established_on = s.established_on,
                    registered_capital_fen = s.registered_capital_fen, status = s.status, listed = s.listed,
                    legal_representative = s.legal_representative, address = s.address,
                    ownership = COALESCE(s.ownership, e.ownership), run_id = run.id
                FROM stage s, run
                WHERE e.uscc = s.uscc
                  AND (e.name, e.entity_type, e.district_code, e.functional_zone, e.industry_code, e.established_on,
                       e.registered_capital_fen, e.status, e.listed, e.legal_representative, e.address, e.ownership)
                      IS DISTINCT FROM
                      (s.name, s.entity_type, s.district_code, s.functional_zone, s.industry_code, s.established_on,
                       s.registered_capital_fen, s.status, s.listed, s.legal_representative, s.address,
                       COALESCE(s.ownership, e.ownership))
                RETURNING e.uscc)
            INSERT INTO changed SELECT uscc FROM inserted UNION ALL SELECT uscc FROM updated""";
    }

    @Override
    public String target() {
        return "registry_entity";
    }
}

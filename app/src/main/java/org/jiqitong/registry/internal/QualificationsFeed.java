package org.jiqitong.registry.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.registry.QualificationType.Level;

/** The {@code qualifications} feed: qualifications and credit flags with level and validity. */
final class QualificationsFeed implements FeedSpec {

    private static final String KNOWN = Arrays.stream(QualificationType.values()).map(QualificationType::labelZh)
            .collect(Collectors.joining("、"));

    @Override
    public Feed feed() {
        return Feed.QUALIFICATIONS;
    }

    @Override
    public String stagingTable() {
        return """
            CREATE TEMP TABLE stage (row_no bigint, uscc char(18), code text, level text, valid_from date,
              valid_to date, reason text) ON COMMIT DROP""";
    }

    @Override
    public int stagedWidth() {
        return 6;
    }

    /**
     * 十条措施 二: a dormant entity is not listed on the 经营异常名录 because its registered address cannot be reached
     * (it keeps a service address instead); such a row of the feed is refused with the rule.
     */
    @Override
    public String refusedSql() {
        return """
            SELECT s.row_no, 'reason', '该主体处于休眠期,不因通过登记的住所无法联系而载入经营异常名录(十条措施 二)'
            FROM stage s JOIN registry_entity e ON e.uscc = s.uscc
            WHERE s.code = 'ABNORMAL_OPERATION' AND e.status = 'DORMANT'
              AND s.reason ~ '(住所|地址).*(无法联系|联系不上|无法取得联系)'""";
    }

    @Override
    public void read(StagedRow row) {
        EntitiesFeed.usccInto(row, 0);
        String text = row.required("qualification", "资质");
        QualificationType type = null;
        if (text != null) {
            type = QualificationType.parse(text).orElse(null);
            if (type == null) {
                row.error("qualification", "\u201c" + text + "\u201d不是已知的资质或信用标记,可用:" + KNOWN);
            } else {
                row.put(1, type.name());
            }
        }
        if (type != null) {
            readLevel(row, type);
        }
        String from = row.required("valid_from", "生效日期");
        LocalDate[] dates = new LocalDate[2];
        if (from != null) {
            row.field("valid_from", () -> dates[0] = Fields.isoDate(from));
            row.put(3, dates[0]);
        }
        String to = row.value("valid_to");
        if (to != null) {
            row.field("valid_to", () -> dates[1] = Fields.isoDate(to));
            row.put(4, dates[1]);
        }
        String reason = row.value("reason");
        if (reason != null) {
            row.put(5, reason.length() > 500 ? reason.substring(0, 500) : reason);
        }
        if (dates[0] != null && dates[1] != null && dates[1].isBefore(dates[0])) {
            row.error("valid_to", "有效期截止日 " + to + " 早于生效日期 " + from);
        }
    }

    private static void readLevel(StagedRow row, QualificationType type) {
        String text = row.value("level");
        Level level;
        if (text == null) {
            level = type.defaultLevel().orElse(null);
            if (level == null) {
                row.error("level", type.labelZh() + "须注明级别:" + levels(type));
                return;
            }
        } else {
            level = Level.parse(text).orElse(null);
            if (level == null || !type.levels().contains(level)) {
                row.error("level", "\u201c" + text + "\u201d不是" + type.labelZh() + "的级别,可用:" + levels(type));
                return;
            }
        }
        row.put(2, level.stored());
    }

    private static String levels(QualificationType type) {
        return type.levels().stream().map(l -> l == Level.NONE ? "(留空)" : l.labelZh()).collect(Collectors.joining("、"));
    }

    @Override
    public String duplicatesSql() {
        return """
            SELECT s.row_no, d.first_row FROM stage s
            JOIN (SELECT uscc, code, level, valid_from, min(row_no) AS first_row FROM stage GROUP BY uscc, code, level, valid_from HAVING count(*) > 1) d
            USING (uscc, code, level, valid_from) WHERE s.row_no <> d.first_row""";
    }

    @Override
    public String duplicateMessage() {
        return "同一主体同一资质、级别和生效日期在本文件中重复出现,已采用第%d行";
    }

    @Override
    public boolean needsKnownEntity() {
        return true;
    }

    @Override
    public String mergeSql() {
        return """
            WITH run AS (SELECT ?::bigint AS id),
            inserted AS (
                INSERT INTO registry_qualification (uscc, code, level, valid_from, valid_to, run_id)
                SELECT s.uscc, s.code, s.level, s.valid_from, s.valid_to, run.id FROM stage s, run
                WHERE NOT EXISTS (SELECT 1 FROM registry_qualification q WHERE q.uscc = s.uscc AND q.code = s.code
                                  AND q.level = s.level AND q.valid_from = s.valid_from)
                ORDER BY s.uscc, s.code, s.level, s.valid_from
                RETURNING uscc),
            updated AS (
                UPDATE registry_qualification q SET valid_to = s.valid_to, run_id = run.id
                FROM stage s, run
                WHERE q.uscc = s.uscc AND q.code = s.code AND q.level = s.level AND q.valid_from = s.valid_from
                  AND q.valid_to IS DISTINCT FROM s.valid_to
                RETURNING q.uscc)
            INSERT INTO changed SELECT uscc FROM inserted UNION SELECT uscc FROM updated""";
    }

    @Override
    public String target() {
        return "registry_qualification";
    }
}

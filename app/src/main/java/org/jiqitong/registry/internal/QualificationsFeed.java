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
              valid_to date) ON COMMIT DROP""";
    }

    @Override
    public int stagedWidth() {
        return 5;
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

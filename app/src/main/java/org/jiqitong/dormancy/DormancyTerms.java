package org.jiqitong.dormancy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The date rules of 休眠 as values, Spring-free: one episode's term is at most {@code episodeYears} (十条措施 二: "单次
 * '休眠'期限不得超过两年"), all episodes together at most {@code cumulativeDays} (the national 歇业 cap of three years;
 * null: none), an extension is filed within the {@code extensionWindowDays} before the end, and episodes never overlap.
 * A term is a closed range of days [start, end]; "two years" from a start ends the day before the same date two years
 * on (from 29 February, the day before 28 February — {@link LocalDate#plusYears} keeps it within the month). Each
 * refusal names its rule.
 */
public record DormancyTerms(int episodeYears, Integer cumulativeDays, int extensionWindowDays) {

    /** The seed's defaults: two years per episode, three years (1,096 days) in all, 30 days to extend. */
    public static final DormancyTerms SEED = new DormancyTerms(2, 1096, 30);

    /** One episode as counted: its first and last day (the last day actual when it ended early). */
    public record Term(LocalDate start, LocalDate end) {

        public long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }

        boolean overlaps(Term other) {
            return !end.isBefore(other.start) && !other.end.isBefore(start);
        }
    }

    /** The last day a term from {@code start} may run to. */
    public LocalDate lastDay(LocalDate start) {
        return start.plusYears(episodeYears).minusDays(1);
    }

    /** Why a new term may not be registered on {@code today} with the earlier episodes, or empty when it may. */
    public Optional<String> refuseNew(Term term, LocalDate today, List<Term> earlier) {
        if (term.start() == null || term.end() == null) {
            return Optional.of("请填写休眠的起止日期");
        }
        if (term.start().isBefore(today)) {
            return Optional.of("休眠开始日期不能早于今天(" + today + ")");
        }
        if (term.end().isBefore(term.start())) {
            return Optional.of("结束日期不能早于开始日期");
        }
        if (term.end().isAfter(lastDay(term.start()))) {
            return Optional.of("单次休眠期限不得超过" + episodeYears + "年(十条措施 二):自 " + term.start() + " 起最迟至 "
                    + lastDay(term.start()));
        }
        return refuseAlongside(term, earlier);
    }

    /** Why an extension of {@code current} to {@code newEnd}, filed on {@code today}, is refused; empty when allowed. */
    public Optional<String> refuseExtension(Term current, LocalDate newEnd, LocalDate today, List<Term> earlier) {
        LocalDate opens = current.end().minusDays(extensionWindowDays);
        if (today.isBefore(opens) || today.isAfter(current.end())) {
            return Optional.of("延期须在休眠期满前" + extensionWindowDays + "日内申请(" + opens + " 至 " + current.end() + ")");
        }
        if (newEnd == null || !newEnd.isAfter(current.end())) {
            return Optional.of("延期后的结束日期须晚于现在的 " + current.end());
        }
        if (newEnd.isAfter(lastDay(current.start()))) {
            return Optional.of("单次休眠期限不得超过" + episodeYears + "年(十条措施 二):最迟至 " + lastDay(current.start()));
        }
        return refuseAlongside(new Term(current.start(), newEnd), earlier);
    }

    private Optional<String> refuseAlongside(Term term, List<Term> earlier) {
        for (Term e : earlier) {
            if (e.overlaps(term)) {
                return Optional.of("与已登记的休眠期 " + e.start() + " 至 " + e.end() + " 重叠");
            }
        }
        if (cumulativeDays != null) {
            long used = earlier.stream().mapToLong(Term::days).sum();
            if (used + term.days() > cumulativeDays) {
                return Optional.of("休眠累计不得超过" + cumulativeDays + "日:已休眠 " + used + " 日,本次 " + term.days()
                        + " 日(市场主体登记管理条例 第三十条)");
            }
        }
        return Optional.empty();
    }
}

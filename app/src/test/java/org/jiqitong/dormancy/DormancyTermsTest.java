package org.jiqitong.dormancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.dormancy.DormancyTerms.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date rules of 休眠 at and around each bound, Spring-free. */
class DormancyTermsTest {

    private static final DormancyTerms RULES = DormancyTerms.SEED;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Term term(String start, String end) {
        return new Term(LocalDate.parse(start), LocalDate.parse(end));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        // two years exactly is allowed, one day more is not
        "2026-12-01, 2028-11-30, ",
        "2026-12-01, 2028-12-01, 单次休眠期限不得超过2年",
        // a leap day: from 29 February two years end on 27 February (the day before 28 February two years on)
        "2028-02-29, 2030-02-27, ",
        "2028-02-29, 2030-02-28, 单次休眠期限不得超过2年",
        // a term over a leap day counts it
        "2027-03-01, 2029-02-28, ",
        "2027-03-01, 2029-03-01, 单次休眠期限不得超过2年",
        // start today is allowed, yesterday is not; end before start is not
        "2026-12-01, 2026-12-01, ",
        "2026-11-30, 2027-11-29, 开始日期不能早于今天",
        "2027-01-10, 2027-01-09, 结束日期不能早于开始日期"})
    void oneEpisodeIsAtMostTwoYearsFromAStartNotInThePast(String start, String end, String refusal) {
        var r = RULES.refuseNew(term(start, end), TODAY, List.of());
        if (refusal == null) {
            assertThat(r).as(start + "–" + end).isEmpty();
        } else {
            assertThat(r).as(start + "–" + end).hasValueSatisfying(m -> assertThat(m).contains(refusal));
        }
    }

    @ParameterizedTest(name = "third episode {0} to {1}: {2}")
    @CsvSource({
        // 365 + 366 days used (2020 was leap); 1,096 in all leaves 365 days for the third
        "2026-12-01, 2027-11-30, ",
        "2026-12-01, 2027-12-01, 累计不得超过1096日",
        "2026-12-01, 2026-12-31, "})
    void theCumulativeCapIsReachedByTheThirdEpisode(String start, String end, String refusal) {
        List<Term> earlier = List.of(term("2019-01-01", "2019-12-31"), term("2020-01-01", "2020-12-31"));
        assertThat(earlier.stream().mapToLong(Term::days).sum()).isEqualTo(731);
        var r = RULES.refuseNew(term(start, end), TODAY, earlier);
        if (refusal == null) {
            assertThat(r).isEmpty();
        } else {
            assertThat(r).hasValueSatisfying(m -> assertThat(m).contains(refusal).contains("已休眠 731 日"));
        }
    }

    @ParameterizedTest(name = "overlap {0} to {1}")
    @CsvSource({"2027-06-30, 2027-07-10", "2027-01-01, 2027-01-01", "2026-12-01, 2030-01-01"})
    void episodesNeverOverlap(String start, String end) {
        List<Term> earlier = List.of(term("2027-01-01", "2027-06-30"));
        DormancyTerms uncapped = new DormancyTerms(5, null, 30);
        assertThat(uncapped.refuseNew(term(start, end), TODAY, earlier))
                .hasValueSatisfying(m -> assertThat(m).contains("重叠"));
    }

    @ParameterizedTest(name = "extension filed on {0}: {1}")
    @CsvSource({
        // the term ends on 2027-06-30: the 30th day before it (05-31) opens the window, the 31st (05-30) is too early
        "2027-05-30, 延期须在休眠期满前30日内申请",
        "2027-05-31, ",
        "2027-06-30, ",
        "2027-07-01, 延期须在休眠期满前30日内申请"})
    void anExtensionIsFiledOnTheThirtiethDayBeforeTheEndNotTheThirtyFirst(String filed, String refusal) {
        Term current = term("2026-12-01", "2027-06-30");
        var r = RULES.refuseExtension(current, LocalDate.parse("2027-12-31"), LocalDate.parse(filed), List.of());
        if (refusal == null) {
            assertThat(r).as(filed).isEmpty();
        } else {
            assertThat(r).as(filed).hasValueSatisfying(m -> assertThat(m).contains(refusal));
        }
    }

    @ParameterizedTest(name = "extended to {0}: {1}")
    @CsvSource({
        "2028-11-30, ",
        "2028-12-01, 单次休眠期限不得超过2年",
        "2027-06-30, 须晚于现在的"})
    void anExtensionStaysWithinTheEpisodesTwoYears(String newEnd, String refusal) {
        Term current = term("2026-12-01", "2027-06-30");
        var r = RULES.refuseExtension(current, LocalDate.parse(newEnd), LocalDate.parse("2027-06-15"), List.of());
        if (refusal == null) {
            assertThat(r).isEmpty();
        } else {
            assertThat(r).hasValueSatisfying(m -> assertThat(m).contains(refusal));
        }
    }
}

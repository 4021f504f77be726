package org.jiqitong.rules.size;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of SME-SIZE-STANDARD.md, transcribed here independently of the production table: at each
 * class's bounds, one unit below each bound, and with each figure missing.
 */
class SizeStandardTest {

    private static final long WAN = 1_000_000L; // fen in one 万元
    private static final long NA = -1;

    /** code, then X/Y/Z (persons / 万元 / 万元) for large, medium, small; NA where the row has no bound. */
    private static final Object[][] TABLE = {
        {"A0111", NA, 20000, NA, NA, 500, NA, NA, 50, NA},
        {"C3911", 1000, 40000, NA, 300, 2000, NA, 20, 300, NA},
        {"B0610", 1000, 40000, NA, 300, 2000, NA, 20, 300, NA},
        {"D4411", 1000, 40000, NA, 300, 2000, NA, 20, 300, NA},
        {"E4710", NA, 80000, 80000, NA, 6000, 5000, NA, 300, 300},
        {"F5121", 200, 40000, NA, 20, 5000, NA, 5, 1000, NA},
        {"F5211", 300, 20000, NA, 50, 500, NA, 10, 100, NA},
        {"G5411", 1000, 30000, NA, 300, 3000, NA, 20, 200, NA},
        {"G5810", 1000, 30000, NA, 300, 3000, NA, 20, 200, NA},
        {"G5920", 200, 30000, NA, 100, 1000, NA, 20, 100, NA},
        {"G6010", 1000, 30000, NA, 300, 2000, NA, 20, 100, NA},
        {"H6110", 300, 10000, NA, 100, 2000, NA, 10, 100, NA},
        {"H6210", 300, 10000, NA, 100, 2000, NA, 10, 100, NA},
        {"I6311", 2000, 100000, NA, 100, 1000, NA, 10, 100, NA},
        {"I6421", 2000, 100000, NA, 100, 1000, NA, 10, 100, NA},
        {"I6513", 300, 10000, NA, 100, 1000, NA, 10, 50, NA},
        {"K7010", NA, 200000, 10000, NA, 1000, 5000, NA, 100, 2000},
        {"K7020", 1000, 5000, NA, 300, 1000, NA, 100, 500, NA},
        {"L7212", 300, NA, 120000, 100, NA, 8000, 10, NA, 100},
        {"M7320", 300, NA, NA, 100, NA, NA, 10, NA, NA},
        {"K7040", 300, NA, NA, 100, NA, NA, 10, NA, NA},
        {"G5310", 300, NA, NA, 100, NA, NA, 10, NA, NA},
        {"A0511", 300, NA, NA, 100, NA, NA, 10, NA, NA},
        {"P8310", 300, NA, NA, 100, NA, NA, 10, NA, NA},
    };

    private static final SizeClass[] CLASSES = {SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL};

    record Case(String code, SizeFigures figures, SizeClass expected, String why) {
        @Override
        public String toString() {
            return code + " " + why + " → " + expected;
        }
    }

    static Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        for (Object[] row : TABLE) {
            String code = (String) row[0];
            for (int c = 0; c < 3; c++) {
                long[] bounds = {toLong(row[1 + c * 3]), toLong(row[2 + c * 3]), toLong(row[3 + c * 3])};
                SizeClass klass = CLASSES[c];
                SizeClass below = c == 2 ? SizeClass.MICRO : CLASSES[c + 1];
                cases.add(new Case(code, figures(bounds, -1, 0), klass, "at " + klass + " bounds"));
                cases.add(new Case(code, figures(bounds, -1, 1), klass, "one above " + klass + " bounds"));
                for (int i = 0; i < 3; i++) {
                    if (bounds[i] == NA) {
                        continue;
                    }
                    cases.add(new Case(code, figures(bounds, i, -1), below, "indicator " + i + " one below " + klass));
                    cases.add(new Case(code, missingOne(bounds, i), SizeClass.UNDETERMINED,
                            "indicator " + i + " missing at " + klass));
                }
            }
        }
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void classifiesEveryRowAtAndAroundItsBounds(Case c) {
        assertThat(SizeStandard.classify(c.code(), c.figures()).sizeClass()).isEqualTo(c.expected());
        assertThat(SizeStandard.classOf(c.code(), c.figures())).isEqualTo(c.expected());
    }

    @Test
    void microNeedsOnlyOneIndicatorBelowTheSmallBounds() {
        // industry: 5 employees, revenue unknown → micro, since employees alone are below the small bound.
        assertThat(SizeStandard.classify("C3911", new SizeFigures(5L, null, null)).sizeClass())
                .isEqualTo(SizeClass.MICRO);
        // 500 employees, revenue unknown → could be large, medium or small: undetermined.
        assertThat(SizeStandard.classify("C3911", new SizeFigures(500L, null, null)).sizeClass())
                .isEqualTo(SizeClass.UNDETERMINED);
    }

    @Test
    void explainsEachBoundInChinese() {
        SizeVerdict verdict = SizeStandard.classify("C3911", new SizeFigures(25L, 350 * WAN, null));
        assertThat(verdict.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(verdict.group()).isEqualTo(IndustryGroup.INDUSTRY);
        assertThat(verdict.explanation()).contains(
                "小型: 从业人员 ≥ 20人 — 实际 25人,满足", "小型: 营业收入 ≥ 300万元 — 实际 350万元,满足");
    }

    @Test
    void noFiguresAtAllIsUndetermined() {
        assertThat(SizeStandard.classify("I6513", SizeFigures.NONE).sizeClass()).isEqualTo(SizeClass.UNDETERMINED);
    }

    private static long toLong(Object o) {
        return ((Number) o).longValue();
    }

    /** Figures at the given bounds; indicator {@code shift} (or all when -1) moved by {@code delta} units. */
    private static SizeFigures figures(long[] bounds, int shifted, long delta) {
        Long[] v = new Long[3];
        for (int i = 0; i < 3; i++) {
            if (bounds[i] == NA) {
                v[i] = null;
                continue;
            }
            long unitValue = i == 0 ? bounds[i] : bounds[i] * WAN;
            long unit = 1; // one person, or one fen
            boolean move = shifted == -1 || shifted == i;
            v[i] = move ? unitValue + delta * unit : unitValue;
        }
        return new SizeFigures(v[0], v[1], v[2]);
    }

    private static SizeFigures missingOne(long[] bounds, int missing) {
        SizeFigures at = figures(bounds, -1, 0);
        return new SizeFigures(missing == 0 ? null : at.employees(), missing == 1 ? null : at.revenueFen(),
                missing == 2 ? null : at.totalAssetsFen());
    }
}

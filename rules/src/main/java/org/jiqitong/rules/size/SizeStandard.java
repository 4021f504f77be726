package org.jiqitong.rules.size;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies an enterprise by 中小企业划型标准规定: it is in the highest class all of whose lower bounds it
 * meets; failing any bound drops it one class; micro needs only one indicator below the small bounds. A
 * missing figure that decides the class makes it UNDETERMINED, never a guess.
 */
public final class SizeStandard {

    private static final SizeClass[] DESCENDING = {SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.SMALL};

    private SizeStandard() {
    }

    public static SizeVerdict classify(String industryCode, SizeFigures figures) {
        IndustryGroup group = IndustryGroup.of(industryCode);
        List<String> lines = new ArrayList<>();
        for (SizeClass candidate : DESCENDING) {
            Outcome outcome = Outcome.MET;
            for (Bound bound : group.bounds(candidate)) {
                Long value = figures.value(bound.indicator());
                if (value == null) {
                    lines.add(candidate.label() + ": " + bound.describe() + " — " + bound.indicator().label() + "未知");
                    outcome = outcome == Outcome.FAILED ? Outcome.FAILED : Outcome.UNKNOWN;
                } else if (value < bound.min()) {
                    lines.add(candidate.label() + ": " + bound.describe() + " — 实际 "
                            + bound.indicator().format(value) + ",不满足");
                    outcome = Outcome.FAILED;
                } else {
                    lines.add(candidate.label() + ": " + bound.describe() + " — 实际 "
                            + bound.indicator().format(value) + ",满足");
                }
            }
            if (outcome == Outcome.MET) {
                return new SizeVerdict(candidate, group, lines);
            }
            if (outcome == Outcome.UNKNOWN) {
                return new SizeVerdict(SizeClass.UNDETERMINED, group, lines);
            }
        }
        return new SizeVerdict(SizeClass.MICRO, group, lines);
    }

    private enum Outcome { MET, FAILED, UNKNOWN }
}

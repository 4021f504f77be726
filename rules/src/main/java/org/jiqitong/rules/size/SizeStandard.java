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

    /** The class with one explanation line per bound checked. */
    public static SizeVerdict classify(String industryCode, SizeFigures figures) {
        IndustryGroup group = IndustryGroup.of(industryCode);
        List<String> lines = new ArrayList<>();
        return new SizeVerdict(evaluate(group, figures, lines), group, lines);
    }

    /** The class alone, for sweeps over many entities; the same rule as {@link #classify}. */
    public static SizeClass classOf(String industryCode, SizeFigures figures) {
        return evaluate(IndustryGroup.of(industryCode), figures, null);
    }

    private static SizeClass evaluate(IndustryGroup group, SizeFigures figures, List<String> lines) {
        for (SizeClass candidate : DESCENDING) {
            Outcome outcome = Outcome.MET;
            for (Bound bound : group.bounds(candidate)) {
                Long value = figures.value(bound.indicator());
                Outcome leaf = value == null ? Outcome.UNKNOWN : value < bound.min() ? Outcome.FAILED : Outcome.MET;
                if (lines != null) {
                    lines.add(explain(candidate, bound, value, leaf));
                }
                if (leaf == Outcome.FAILED || (leaf == Outcome.UNKNOWN && outcome == Outcome.MET)) {
                    outcome = leaf;
                }
            }
            if (outcome == Outcome.MET) {
                return candidate;
            }
            if (outcome == Outcome.UNKNOWN) {
                return SizeClass.UNDETERMINED;
            }
        }
        return SizeClass.MICRO;
    }

    private static String explain(SizeClass candidate, Bound bound, Long value, Outcome leaf) {
        String head = candidate.label() + ": " + bound.describe() + " — ";
        return switch (leaf) {
            case UNKNOWN -> head + bound.indicator().label() + "未知";
            case FAILED -> head + "实际 " + bound.indicator().format(value) + ",不满足";
            case MET -> head + "实际 " + bound.indicator().format(value) + ",满足";
        };
    }

    private enum Outcome { MET, FAILED, UNKNOWN }
}

package org.jiqitong.matching.internal;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.rules.eval.Explanation;

/** The API's view of a match: verdict values exactly ELIGIBLE|INELIGIBLE|UNDETERMINED, money in fen. */
record MatchJson(long itemId, int version, String name, String benefitType, String department, String verdict,
        Long amountFen, boolean amountIllustrative, boolean amountCapped, List<Line> explanations, List<String> missing,
        LocalDate deadline, Boolean noApplication) {

    record Line(String wording, String actual, String outcome, String document, String clause) {
        static Line of(Explanation e) {
            return new Line(e.wording(), e.actual(), e.outcome().name(), e.citation().document(), e.citation().clause());
        }
    }

    static MatchJson of(ItemMatch m) {
        return new MatchJson(m.itemId(), m.version(), m.name(), m.benefitType().name(), m.departmentCode(),
                m.verdict().name(), m.amountFen(), m.amountIllustrative(), m.amountCapped(),
                m.explanations().stream().map(Line::of).toList(), List.copyOf(m.missing()), m.deadline(),
                m.noApplication());
    }
}

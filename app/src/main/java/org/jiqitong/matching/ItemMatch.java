package org.jiqitong.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.rules.eval.Explanation;
import org.jiqitong.rules.eval.Verdict;

/**
 * One item for one entity: the verdict, the estimated amount in fen (null when none or unknown), whether the amount
 * is illustrative or capped, each condition's explanation, the facts still missing (with who supplies them), and the
 * application deadline (null when rolling).
 */
public record ItemMatch(long itemId, long versionId, int version, String name, BenefitType benefitType,
        String departmentCode, Verdict verdict, Long amountFen, boolean amountIllustrative, boolean amountCapped,
        List<Explanation> explanations, Set<String> missing, LocalDate deadline, Boolean noApplication) {
}

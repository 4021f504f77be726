package org.jiqitong.policy;

import java.time.LocalDate;

/** A search of the published items: words (Chinese, analysed by smartcn) and filters; null means any. */
public record PolicyQuery(String words, BenefitType type, String department, Boolean noApplication, LocalDate openOn) {
}

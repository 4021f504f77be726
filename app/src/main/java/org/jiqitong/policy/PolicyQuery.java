package org.jiqitong.policy;

import java.time.LocalDate;

/**
 * A search of the published items: words (Chinese, analysed by smartcn) and filters; null means any. Industry,
 * size class and district keep the items that could apply to such an enterprise (not INELIGIBLE on those facts).
 */
public record PolicyQuery(String words, BenefitType type, String department, Boolean noApplication, LocalDate openOn,
        String industry, String sizeClass, String district) {

    public PolicyQuery(String words, BenefitType type, String department, Boolean noApplication, LocalDate openOn) {
        this(words, type, department, noApplication, openOn, null, null, null);
    }
}

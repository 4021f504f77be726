package org.jiqitong.policy;

import org.jiqitong.shared.Labelled;

/** What kind of benefit an item gives. */
public enum BenefitType implements Labelled {
    SUBSIDY, AWARD, LOAN_INTEREST,
    GUARANTEE, TAX, QUALIFICATION,
    SERVICE;
}

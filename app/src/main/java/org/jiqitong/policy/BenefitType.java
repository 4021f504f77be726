package org.jiqitong.policy;

import org.jiqitong.shared.Labelled;

/** What kind of benefit an item gives. */
public enum BenefitType implements Labelled {
    SUBSIDY("补贴", "Subsidy"), AWARD("奖励", "Award"), LOAN_INTEREST("贷款贴息", "Loan interest subsidy"),
    GUARANTEE("融资担保", "Guarantee"), TAX("税费减免", "Tax relief"), QUALIFICATION("资质认定", "Qualification"),
    SERVICE("服务", "Service");

    private final String labelZh;
    private final String labelEn;

    BenefitType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}

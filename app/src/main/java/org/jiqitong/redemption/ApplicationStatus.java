package org.jiqitong.redemption;

import org.jiqitong.shared.Labelled;

/** Where an application stands. */
public enum ApplicationStatus implements Labelled {
    DRAFT("草稿", "Draft"), SUBMITTED("已提交,待受理", "Submitted"), ACCEPTED("已受理", "Accepted"),
    REFUSED("不予受理", "Refused"), IN_REVIEW("审核中", "In review"), SUPPLEMENT("待补正", "Supplement requested"),
    APPROVED("审核通过", "Approved"), REJECTED("审核未通过", "Rejected"), IN_NOTICE("公示中", "In public notice"),
    NOTICE_PASSED("公示期满,待兑付", "Notice passed, awaiting payout"), PAID("已兑付", "Paid"),
    CLOSED("已办结(未兑付)", "Closed without payout");

    private final String labelZh;
    private final String labelEn;

    ApplicationStatus(String labelZh, String labelEn) {
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

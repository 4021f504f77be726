package org.jiqitong.redemption.internal;

import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.shared.Money;

/**
 * "May this be paid now?" for one application as a payout run comes to it, with the reason a person reads: pay it,
 * let it wait (in order, behind an earlier one), or close it without payout. The run asks {@link #of} first, then
 * the ledger's atomic cap and budget (whose answers are {@link #overYearlyCap} and {@link #budgetSpent}); the
 * database's constraints stay the last line. Used by the applications' and the 免申即享 grants' payouts alike.
 */
public record PayoutEligibility(Verdict verdict, String reason) {

    public enum Verdict { PAY, WAIT, CLOSE }

    /** What the run knows of the application when it comes to it. */
    public record Facts(ApplicationStatus status, boolean accountConfirmed, int openObjections, String exclusionGroup,
            boolean highestOfGroup, boolean groupPaidThisYear, boolean budgetStoppedEarlier) {
    }

    private static final PayoutEligibility PAY = new PayoutEligibility(Verdict.PAY, null);

    public static PayoutEligibility of(Facts f) {
        if (f.status() != ApplicationStatus.NOTICE_PASSED) {
            return new PayoutEligibility(Verdict.WAIT, "公示期未满或未通过公示");
        }
        if (f.openObjections() > 0) {
            return new PayoutEligibility(Verdict.WAIT, "公示异议尚未处理");
        }
        if (!f.accountConfirmed()) {
            return new PayoutEligibility(Verdict.WAIT, "企业尚未确认收款账户");
        }
        if (f.budgetStoppedEarlier()) {
            return new PayoutEligibility(Verdict.WAIT, "该政策预算已用完,按顺序等待");
        }
        if (f.exclusionGroup() != null && !f.highestOfGroup()) {
            return close("就高不重复:同组政策(" + f.exclusionGroup() + ")中已选择金额较高的一项兑付");
        }
        if (f.exclusionGroup() != null && f.groupPaidThisYear()) {
            return close("就高不重复:同组政策(" + f.exclusionGroup() + ")本年度已兑付");
        }
        return PAY;
    }

    public static PayoutEligibility overYearlyCap(long yearlyCapFen) {
        return close("超过该政策对同一企业的年度兑付上限 " + Money.yuan(yearlyCapFen) + " 元");
    }

    public static PayoutEligibility budgetSpent() {
        return new PayoutEligibility(Verdict.WAIT, "该政策预算已用完,按顺序等待");
    }

    /** The other channel paid the item to the enterprise this year ({@code channel}: the one asking). */
    public static PayoutEligibility paidThroughOtherChannel(String channel) {
        return close("本年度已通过" + ("APPLICATION".equals(channel) ? "免申即享" : "申报") + "享受该政策,不重复兑付");
    }

    private static PayoutEligibility close(String reason) {
        return new PayoutEligibility(Verdict.CLOSE, reason);
    }
}

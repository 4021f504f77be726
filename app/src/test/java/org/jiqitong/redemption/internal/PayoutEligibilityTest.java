package org.jiqitong.redemption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.internal.PayoutEligibility.Facts;
import org.jiqitong.redemption.internal.PayoutEligibility.Verdict;
import org.junit.jupiter.api.Test;

/** Every reason an application is paid, waits or is closed, one fact at a time. */
class PayoutEligibilityTest {

    private static Facts ready() {
        return new Facts(ApplicationStatus.NOTICE_PASSED, true, 0, null, true, false, false);
    }

    @Test
    void anApplicationWhoseNoticePassedWithItsAccountConfirmedIsPaid() {
        assertThat(PayoutEligibility.of(ready()).verdict()).isEqualTo(Verdict.PAY);
        assertThat(PayoutEligibility.of(new Facts(ApplicationStatus.NOTICE_PASSED, true, 0, "G", true, false, false))
                .verdict()).as("the highest of its group").isEqualTo(Verdict.PAY);
    }

    @Test
    void itWaitsForTheNoticeAnObjectionTheAccountOrTheBudgetAheadOfIt() {
        assertThat(PayoutEligibility.of(new Facts(ApplicationStatus.IN_NOTICE, true, 0, null, true, false, false)))
                .isEqualTo(new PayoutEligibility(Verdict.WAIT, "公示期未满或未通过公示"));
        assertThat(PayoutEligibility.of(new Facts(ApplicationStatus.NOTICE_PASSED, true, 1, null, true, false, false))
                .reason()).isEqualTo("公示异议尚未处理");
        assertThat(PayoutEligibility.of(new Facts(ApplicationStatus.NOTICE_PASSED, false, 0, null, true, false, false))
                .reason()).isEqualTo("企业尚未确认收款账户");
        assertThat(PayoutEligibility.of(new Facts(ApplicationStatus.NOTICE_PASSED, true, 0, null, true, false, true))
                .verdict()).isEqualTo(Verdict.WAIT);
        assertThat(PayoutEligibility.budgetSpent().verdict()).isEqualTo(Verdict.WAIT);
    }

    @Test
    void itIsClosedWhenAHigherOneOfItsGroupOrTheOtherChannelOrTheYearlyCapWins() {
        assertThat(PayoutEligibility.of(new Facts(ApplicationStatus.NOTICE_PASSED, true, 0, "G", false, false, false)))
                .isEqualTo(new PayoutEligibility(Verdict.CLOSE, "就高不重复:同组政策(G)中已选择金额较高的一项兑付"));
        assertThat(PayoutEligibility.of(new Facts(ApplicationStatus.NOTICE_PASSED, true, 0, "G", true, true, false))
                .reason()).isEqualTo("就高不重复:同组政策(G)本年度已兑付");
        assertThat(PayoutEligibility.overYearlyCap(5_000_000L).reason()).isEqualTo("超过该政策对同一企业的年度兑付上限 50,000.00 元");
        assertThat(PayoutEligibility.paidThroughOtherChannel("APPLICATION").reason()).contains("已通过免申即享");
        assertThat(PayoutEligibility.paidThroughOtherChannel("NO_APPLICATION").reason()).contains("已通过申报");
    }
}

package org.jiqitong.redemption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.jiqitong.redemption.internal.Application.Step;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationAccepted;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationApproved;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationClosed;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationRefused;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationRejected;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationSentBack;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationSubmitted;
import org.jiqitong.redemption.internal.ApplicationEvent.NoticePassed;
import org.jiqitong.redemption.internal.ApplicationEvent.ObjectionUpheld;
import org.jiqitong.redemption.internal.ApplicationEvent.PayoutMade;
import org.jiqitong.redemption.internal.ApplicationEvent.SupplementGiven;
import org.jiqitong.redemption.internal.ApplicationEvent.SupplementRequested;
import org.junit.jupiter.api.Test;

/** Every step from every status: allowed exactly where the lifecycle says, refused everywhere else with the status. */
class ApplicationTest {

    private static final long CAP = 50_000_000L;

    private static Application at(ApplicationStatus s) {
        return new Application(7, s);
    }

    @Test
    void aDraftIsSubmittedAndOnlyADraftMayBeEdited() {
        Application draft = at(ApplicationStatus.DRAFT);
        assertThat(draft.submit()).isEqualTo(new ApplicationSubmitted(7));
        assertThat(draft.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        at(ApplicationStatus.DRAFT).requireDraft();
        assertThatThrownBy(() -> at(ApplicationStatus.SUBMITTED).requireDraft()).hasMessageContaining("只有草稿可以修改")
                .hasMessageContaining("当前状态:已提交,待受理");
    }

    @Test
    void theWindowAcceptsOrRefusesASubmittedApplication() {
        ApplicationAccepted accepted = at(ApplicationStatus.SUBMITTED).accept();
        assertThat(accepted.from()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(accepted.to()).isEqualTo(ApplicationStatus.IN_REVIEW);
        ApplicationRefused refused = at(ApplicationStatus.SUBMITTED).refuse();
        assertThat(refused.to()).isEqualTo(ApplicationStatus.REFUSED);
    }

    @Test
    void aReviewerRejectsSendsBackOrAsksForASupplementWhichTheEnterpriseGives() {
        ApplicationRejected rejected = at(ApplicationStatus.IN_REVIEW).reject();
        assertThat(rejected.to()).isEqualTo(ApplicationStatus.REJECTED);
        ApplicationSentBack sentBack = at(ApplicationStatus.IN_REVIEW).sendBack();
        assertThat(sentBack.to()).isEqualTo(ApplicationStatus.SUBMITTED);
        SupplementRequested requested = at(ApplicationStatus.IN_REVIEW).requestSupplement();
        assertThat(requested.to()).isEqualTo(ApplicationStatus.SUPPLEMENT);
        SupplementGiven given = at(ApplicationStatus.SUPPLEMENT).supplement();
        assertThat(given.to()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void anApprovalWithinTheCapAtTheFormulasAmountNeedsNoReasonAndGoesIntoNotice() {
        Application a = at(ApplicationStatus.IN_REVIEW);
        ApplicationApproved approved = a.approve(300_000L, null, CAP, 300_000L, true);
        assertThat(approved).isEqualTo(new ApplicationApproved(7, Step.APPROVE_FOR_NOTICE, 300_000L));
        assertThat(approved.intoNotice()).isTrue();
        assertThat(a.status()).isEqualTo(ApplicationStatus.IN_NOTICE);
    }

    @Test
    void anyOtherAmountNeedsAReasonAndNoAmountMayPassTheCap() {
        assertThatThrownBy(() -> at(ApplicationStatus.IN_REVIEW).approve(200_000L, " ", CAP, 300_000L, true))
                .hasMessageContaining("与按公式计算的 3,000.00 元不同");
        assertThat(at(ApplicationStatus.IN_REVIEW).approve(200_000L, "部分费用不予认定", CAP, 300_000L, true).amountFen())
                .isEqualTo(200_000L);
        assertThatThrownBy(() -> at(ApplicationStatus.IN_REVIEW).approve(CAP + 1, "理由", CAP, null, true))
                .hasMessageContaining("超过该政策的上限");
        assertThatThrownBy(() -> at(ApplicationStatus.IN_REVIEW).approve(0L, "理由", CAP, null, true))
                .hasMessageContaining("应大于0");
        assertThatThrownBy(() -> at(ApplicationStatus.IN_REVIEW).approve(100L, null, CAP, null, false))
                .hasMessageContaining("按实核定金额");
        assertThatThrownBy(() -> at(ApplicationStatus.IN_REVIEW).approve(100L, null, CAP, null, true))
                .hasMessageContaining("无法按公式测算金额");
        Application a = at(ApplicationStatus.IN_REVIEW);
        assertThatThrownBy(() -> a.approve(CAP + 1, "理由", CAP, null, true)).isInstanceOf(RedemptionRefusedException.class);
        assertThat(a.status()).as("a refused approval changes nothing").isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void anItemWithoutMoneyIsApprovedWithoutAnAmountAndIsThenDone() {
        Application a = at(ApplicationStatus.IN_REVIEW);
        ApplicationApproved approved = a.approve(null, null, null, null, false);
        assertThat(approved.intoNotice()).isFalse();
        assertThat(approved.to()).isEqualTo(ApplicationStatus.APPROVED);
        assertThatThrownBy(() -> at(ApplicationStatus.IN_REVIEW).approve(100L, "理由", null, null, false))
                .hasMessageContaining("不涉及资金");
    }

    @Test
    void onlyAnApplicationInReviewIsApproved() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s != ApplicationStatus.IN_REVIEW) {
                assertThatThrownBy(() -> at(s).approve(100L, "理由", CAP, 100L, true)).as("approve from " + s)
                        .hasMessageContaining("只有审核中的申报可以审核通过").hasMessageContaining("当前状态:" + s.labelZh());
            }
        }
    }

    @Test
    void aNoticePassesOrAnUpheldObjectionEndsItAndFinancePaysOrClosesOnce() {
        NoticePassed passed = at(ApplicationStatus.IN_NOTICE).passNotice();
        assertThat(passed.to()).isEqualTo(ApplicationStatus.NOTICE_PASSED);
        ObjectionUpheld upheld = at(ApplicationStatus.IN_NOTICE).upholdObjection();
        assertThat(upheld.to()).isEqualTo(ApplicationStatus.REJECTED);
        Application waiting = at(ApplicationStatus.NOTICE_PASSED);
        PayoutMade paid = waiting.pay();
        assertThat(paid).isEqualTo(new PayoutMade(7));
        assertThat(paid.from()).isEqualTo(ApplicationStatus.NOTICE_PASSED);
        assertThat(paid.to()).isEqualTo(ApplicationStatus.PAID);
        assertThatThrownBy(waiting::pay).as("paid once").hasMessageContaining("当前状态:已兑付");
        ApplicationClosed closed = at(ApplicationStatus.NOTICE_PASSED).close();
        assertThat(closed.to()).isEqualTo(ApplicationStatus.CLOSED);
        at(ApplicationStatus.PAID).requirePaid();
        assertThatThrownBy(() -> at(ApplicationStatus.NOTICE_PASSED).requirePaid()).hasMessageContaining("兑付完成后才能评价");
    }

    @Test
    void everyStepIsRefusedFromEveryStatusItDoesNotStartFrom() {
        int allowed = 0;
        for (Step step : Step.values()) {
            for (ApplicationStatus s : ApplicationStatus.values()) {
                Application a = at(s);
                if (Application.TABLE.get(step).from() == s) {
                    assertThat(a.may(step)).isTrue();
                    ApplicationEvent e = a.take(step);
                    assertThat(e.step()).as("the event names its step").isEqualTo(step);
                    assertThat(e.to()).isEqualTo(Application.TABLE.get(step).to()).isEqualTo(a.status());
                    allowed++;
                    continue;
                }
                assertThat(a.may(step)).as(step + " from " + s).isFalse();
                assertThatThrownBy(() -> a.take(step)).as(step + " from " + s).isInstanceOf(RedemptionRefusedException.class)
                        .hasMessageContaining("当前状态:" + s.labelZh());
                assertThat(a.status()).as("a refused step changes nothing").isEqualTo(s);
            }
        }
        assertThat(allowed).as("one start per step").isEqualTo(Step.values().length);
    }

    @Test
    void closedApplicationsTakeNoStepAtAll() {
        for (ApplicationStatus end : new ApplicationStatus[] {ApplicationStatus.PAID, ApplicationStatus.CLOSED,
            ApplicationStatus.REJECTED, ApplicationStatus.REFUSED, ApplicationStatus.APPROVED}) {
            for (Step step : Step.values()) {
                assertThat(at(end).may(step)).as(step + " after " + end).isFalse();
            }
        }
    }
}

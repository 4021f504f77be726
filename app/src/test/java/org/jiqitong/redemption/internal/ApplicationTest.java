package org.jiqitong.redemption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.jiqitong.redemption.internal.Application.Step;
import org.junit.jupiter.api.Test;

/** Every step from every status: allowed exactly where the lifecycle says, refused everywhere else with the status. */
class ApplicationTest {

    private static Application at(ApplicationStatus s) {
        return new Application(7, s);
    }

    @Test
    void aDraftIsSubmittedAndOnlyADraftMayBeEdited() {
        assertThat(at(ApplicationStatus.DRAFT).take(Step.SUBMIT).to()).isEqualTo(ApplicationStatus.SUBMITTED);
        at(ApplicationStatus.DRAFT).requireDraft();
        assertThatThrownBy(() -> at(ApplicationStatus.SUBMITTED).requireDraft()).hasMessageContaining("只有草稿可以修改")
                .hasMessageContaining("当前状态:已提交,待受理");
    }

    @Test
    void theWindowAcceptsOrRefusesASubmittedApplication() {
        assertThat(at(ApplicationStatus.SUBMITTED).take(Step.ACCEPT).to()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(at(ApplicationStatus.SUBMITTED).take(Step.REFUSE).to()).isEqualTo(ApplicationStatus.REFUSED);
    }

    @Test
    void aReviewerApprovesRejectsSendsBackOrAsksForASupplement() {
        assertThat(at(ApplicationStatus.IN_REVIEW).take(Step.APPROVE_FOR_NOTICE).to()).isEqualTo(ApplicationStatus.IN_NOTICE);
        assertThat(at(ApplicationStatus.IN_REVIEW).take(Step.APPROVE_WITHOUT_MONEY).to()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(at(ApplicationStatus.IN_REVIEW).take(Step.REJECT).to()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(at(ApplicationStatus.IN_REVIEW).take(Step.SEND_BACK).to()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(at(ApplicationStatus.IN_REVIEW).take(Step.REQUEST_SUPPLEMENT).to()).isEqualTo(ApplicationStatus.SUPPLEMENT);
        assertThat(at(ApplicationStatus.SUPPLEMENT).take(Step.SUPPLEMENT).to()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aNoticePassesOrAnUpheldObjectionEndsItAndFinancePaysOrClosesOnce() {
        assertThat(at(ApplicationStatus.IN_NOTICE).take(Step.PASS_NOTICE).to()).isEqualTo(ApplicationStatus.NOTICE_PASSED);
        assertThat(at(ApplicationStatus.IN_NOTICE).take(Step.UPHOLD_OBJECTION).to()).isEqualTo(ApplicationStatus.REJECTED);
        Application waiting = at(ApplicationStatus.NOTICE_PASSED);
        Application.Changed paid = waiting.take(Step.PAY);
        assertThat(paid).isEqualTo(new Application.Changed(7, Step.PAY, ApplicationStatus.NOTICE_PASSED, ApplicationStatus.PAID));
        assertThatThrownBy(() -> waiting.take(Step.PAY)).as("paid once").hasMessageContaining("当前状态:已兑付");
        assertThat(at(ApplicationStatus.NOTICE_PASSED).take(Step.CLOSE).to()).isEqualTo(ApplicationStatus.CLOSED);
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

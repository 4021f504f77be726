package org.jiqitong.redemption.internal;

import java.util.EnumMap;
import java.util.Map;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.RedemptionRefusedException;

/**
 * An application's lifecycle in one place: every step is one entry of {@link #TABLE} (from which status to which), and
 * the aggregate refuses any step its current status does not allow, naming the status. A step returns the change
 * ({@link Changed}) that {@link Applications#save} writes with a compare-and-set on the status it came from. No Spring
 * here: {@code ApplicationTest} tries every step from every status.
 */
public final class Application {

    /** The steps an application can take. */
    public enum Step {
        SUBMIT, ACCEPT, REFUSE, SEND_BACK, REQUEST_SUPPLEMENT, SUPPLEMENT, APPROVE_FOR_NOTICE, APPROVE_WITHOUT_MONEY,
        REJECT, UPHOLD_OBJECTION, PASS_NOTICE, PAY, CLOSE
    }

    /** One allowed step: from, to, and what a refusal says. */
    record Transition(ApplicationStatus from, ApplicationStatus to, String refusal) {
    }

    /** The change a step made: what {@link Applications#save} writes. */
    public record Changed(long id, Step step, ApplicationStatus from, ApplicationStatus to) {
    }

    static final Map<Step, Transition> TABLE = new EnumMap<>(Map.ofEntries(
            Map.entry(Step.SUBMIT, t(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, "该申报已提交")),
            Map.entry(Step.ACCEPT, t(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, "该申报不在待受理状态")),
            Map.entry(Step.REFUSE, t(ApplicationStatus.SUBMITTED, ApplicationStatus.REFUSED, "该申报不在待受理状态")),
            Map.entry(Step.SEND_BACK, t(ApplicationStatus.IN_REVIEW, ApplicationStatus.SUBMITTED, "只有审核中的申报可以退回窗口")),
            Map.entry(Step.REQUEST_SUPPLEMENT, t(ApplicationStatus.IN_REVIEW, ApplicationStatus.SUPPLEMENT,
                    "只有审核中的申报可以要求补正")),
            Map.entry(Step.SUPPLEMENT, t(ApplicationStatus.SUPPLEMENT, ApplicationStatus.IN_REVIEW, "没有待补正的内容")),
            Map.entry(Step.APPROVE_FOR_NOTICE, t(ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_NOTICE,
                    "只有审核中的申报可以审核通过")),
            Map.entry(Step.APPROVE_WITHOUT_MONEY, t(ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED,
                    "只有审核中的申报可以审核通过")),
            Map.entry(Step.REJECT, t(ApplicationStatus.IN_REVIEW, ApplicationStatus.REJECTED, "只有审核中的申报可以审核不通过")),
            Map.entry(Step.UPHOLD_OBJECTION, t(ApplicationStatus.IN_NOTICE, ApplicationStatus.REJECTED, "该申报不在公示期")),
            Map.entry(Step.PASS_NOTICE, t(ApplicationStatus.IN_NOTICE, ApplicationStatus.NOTICE_PASSED, "该申报不在公示期")),
            Map.entry(Step.PAY, t(ApplicationStatus.NOTICE_PASSED, ApplicationStatus.PAID, "该申报不在待兑付状态")),
            Map.entry(Step.CLOSE, t(ApplicationStatus.NOTICE_PASSED, ApplicationStatus.CLOSED, "该申报不在待兑付状态"))));

    private final long id;
    private ApplicationStatus status;

    public Application(long id, ApplicationStatus status) {
        this.id = id;
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }

    /** Whether the step is allowed now. */
    public boolean may(Step step) {
        return TABLE.get(step).from() == status;
    }

    /** Takes the step, or refuses it with the reason and the current status. */
    public Changed take(Step step) {
        Transition t = TABLE.get(step);
        if (t.from() != status) {
            throw new RedemptionRefusedException(t.refusal() + "(当前状态:" + status.labelZh() + ")");
        }
        status = t.to();
        return new Changed(id, step, t.from(), t.to());
    }

    /** Only a draft's form and materials may change. */
    public void requireDraft() {
        require(ApplicationStatus.DRAFT, "只有草稿可以修改");
    }

    /** Materials are given while the application is a draft or awaits its supplement. */
    public void requireMaterialsOpen(String refusal) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.SUPPLEMENT) {
            throw new RedemptionRefusedException(refusal + "(当前状态:" + status.labelZh() + ")");
        }
    }

    /** Objections are taken while the notice runs. */
    public void requireInNotice() {
        require(ApplicationStatus.IN_NOTICE, "该申报不在公示期");
    }

    /** Only a paid application may be rated. */
    public void requirePaid() {
        require(ApplicationStatus.PAID, "兑付完成后才能评价");
    }

    private void require(ApplicationStatus expected, String refusal) {
        if (status != expected) {
            throw new RedemptionRefusedException(refusal + "(当前状态:" + status.labelZh() + ")");
        }
    }

    private static Transition t(ApplicationStatus from, ApplicationStatus to, String refusal) {
        return new Transition(from, to, refusal);
    }
}

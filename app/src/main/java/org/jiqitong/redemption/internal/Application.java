package org.jiqitong.redemption.internal;

import java.util.EnumMap;
import java.util.Map;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.RedemptionRefusedException;
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
import org.jiqitong.shared.Money;

/**
 * An application's lifecycle in one place: every step is one entry of {@link #TABLE} (from which status to which), and
 * the aggregate refuses any step its current status does not allow, naming the status. Each step is a method
 * ({@link #accept}, {@link #approve}, {@link #pay}, …) returning its past-tense {@link ApplicationEvent}
 * ({@code ApplicationAccepted}, {@code ApplicationApproved}, {@code PayoutMade}, …), which {@link Applications#save}
 * writes with a compare-and-set on the status it came from. The approval's own rules (the cap, a reason for any
 * amount other than the formula's) are here too. No Spring here: {@code ApplicationTest} tries every step from every
 * status.
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
    ApplicationEvent take(Step step) {
        move(step);
        return ApplicationEvent.of(step, id);
    }

    private void move(Step step) {
        Transition t = TABLE.get(step);
        if (t.from() != status) {
            throw new RedemptionRefusedException(t.refusal() + "(当前状态:" + status.labelZh() + ")");
        }
        status = t.to();
    }

    /** The enterprise submits its draft. */
    public ApplicationSubmitted submit() {
        return (ApplicationSubmitted) take(Step.SUBMIT);
    }

    /** The window accepts the application for review. */
    public ApplicationAccepted accept() {
        return (ApplicationAccepted) take(Step.ACCEPT);
    }

    /** The window refuses it (不予受理). */
    public ApplicationRefused refuse() {
        return (ApplicationRefused) take(Step.REFUSE);
    }

    /** The department sends a misrouted application back to the window. */
    public ApplicationSentBack sendBack() {
        return (ApplicationSentBack) take(Step.SEND_BACK);
    }

    /** The department asks for a supplement (its review clock stops). */
    public SupplementRequested requestSupplement() {
        return (SupplementRequested) take(Step.REQUEST_SUPPLEMENT);
    }

    /** The enterprise gives the supplement (the review goes on). */
    public SupplementGiven supplement() {
        return (SupplementGiven) take(Step.SUPPLEMENT);
    }

    /**
     * Approves. An item with money ({@code capFen} not null) is approved with an amount above zero and within the
     * cap, into public notice; the formula's suggestion needs no reason, any other amount (and every amount of an
     * item assessed without a formula) does. An item without money is approved without an amount and is then done.
     */
    public ApplicationApproved approve(Long amountFen, String reason, Long capFen, Long suggestedFen, boolean formula) {
        if (status != ApplicationStatus.IN_REVIEW) {
            move(Step.APPROVE_FOR_NOTICE); // refuses, naming the status
        }
        if (capFen == null) {
            if (amountFen != null && amountFen != 0) {
                throw new RedemptionRefusedException("该政策不涉及资金,不能核定金额");
            }
            move(Step.APPROVE_WITHOUT_MONEY);
            return new ApplicationApproved(id, Step.APPROVE_WITHOUT_MONEY, null);
        }
        if (amountFen == null || amountFen <= 0) {
            throw new RedemptionRefusedException("核定金额应大于0");
        }
        if (amountFen > capFen) {
            throw new RedemptionRefusedException("核定金额 " + Money.yuan(amountFen) + " 元超过该政策的上限 "
                    + Money.yuan(capFen) + " 元");
        }
        if (reason == null || reason.isBlank()) {
            if (!formula) {
                throw new RedemptionRefusedException("该政策按实核定金额(最高 " + Money.yuan(capFen) + " 元),请写明核定依据");
            }
            if (suggestedFen == null || amountFen.longValue() != suggestedFen) {
                throw new RedemptionRefusedException(suggestedFen == null ? "无法按公式测算金额,请写明核定依据"
                        : "核定金额与按公式计算的 " + Money.yuan(suggestedFen) + " 元不同,请写明理由");
            }
        }
        move(Step.APPROVE_FOR_NOTICE);
        return new ApplicationApproved(id, Step.APPROVE_FOR_NOTICE, amountFen);
    }

    /** The department rejects it (审核不通过). */
    public ApplicationRejected reject() {
        return (ApplicationRejected) take(Step.REJECT);
    }

    /** An objection raised in the notice is upheld: the approval falls. */
    public ObjectionUpheld upholdObjection() {
        return (ObjectionUpheld) take(Step.UPHOLD_OBJECTION);
    }

    /** The notice ran its days without an open objection. */
    public NoticePassed passNotice() {
        return (NoticePassed) take(Step.PASS_NOTICE);
    }

    /** Finance paid it (once: a second payment is refused). */
    public PayoutMade pay() {
        return (PayoutMade) take(Step.PAY);
    }

    /** Finance closes it unpaid, with a reason (e.g. the enterprise declined). */
    public ApplicationClosed close() {
        return (ApplicationClosed) take(Step.CLOSE);
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

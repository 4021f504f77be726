package org.jiqitong.redemption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.redemption.internal.Application;
import org.jiqitong.redemption.internal.Application.Step;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.Objections;
import org.jiqitong.shared.Money;
import org.jiqitong.supervision.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competent department's review: its queue, approval (the amount within the item's rule), rejection,
 * supplements, sending a misrouted case back to the window, and the objections raised in public notice.
 */
@Service
public class Review {

    private final Applications applications;
    private final Objections objections;
    private final ApplicationSteps steps;
    private final Supervision supervision;
    private final int noticeDays;

    Review(Applications applications, Objections objections, ApplicationSteps steps, Supervision supervision,
            org.jiqitong.redemption.internal.ApplicationClocks clocks) {
        this.applications = applications;
        this.objections = objections;
        this.steps = steps;
        this.supervision = supervision;
        this.noticeDays = clocks.noticeDays();
    }

    public List<ApplicationView> reviewQueue(CurrentUser reviewer) {
        steps.requireRole(reviewer, Role.REVIEWER);
        String dept = reviewer.departmentCode().orElseThrow(ApplicationNotFoundException::new);
        return java.util.stream.Stream.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.SUPPLEMENT,
                ApplicationStatus.IN_NOTICE).flatMap(s -> applications.withStatus(s, dept).stream()).map(steps::view)
                .toList();
    }

    /** A wrongly routed case goes back to the window with the reason; the window decides again. */
    @Transactional
    public ApplicationView sendBack(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = steps.handled(id, reviewer);
        String why = steps.required(reason, "请填写退回窗口的理由");
        steps.step(r, Step.SEND_BACK, null);
        applications.handler(id, Redemption.WINDOW, null, null);
        applications.event(id, "SEND_BACK", ApplicationStatus.IN_REVIEW, ApplicationStatus.SUBMITTED,
                r.handlerDepartment(), why, reviewer.getUsername(), null);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** Asks the enterprise to supplement; the review clock stops until it does. */
    @Transactional
    public ApplicationView requestSupplement(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = steps.handled(id, reviewer);
        String why = steps.required(reason, "请写明需要补正的内容");
        steps.step(r, Step.REQUEST_SUPPLEMENT, null);
        applications.event(id, "REQUEST_SUPPLEMENT", ApplicationStatus.IN_REVIEW, ApplicationStatus.SUPPLEMENT,
                r.handlerDepartment(), why, reviewer.getUsername(), null);
        return steps.view(applications.find(id).orElseThrow());
    }

    /**
     * Approves. An item with money has a cap that is always enforced: the formula's suggestion needs no reason,
     * any other amount (and every amount of an item assessed without a formula) does; the approval goes into public
     * notice. A declared non-monetary item is approved without an amount and is then done (审核通过, no notice, no
     * payout): nothing can be approved as money on it.
     */
    @Transactional
    public ApplicationView approve(long id, Long amountFen, String reason, CurrentUser reviewer) {
        Applications.Row r = steps.handled(id, reviewer);
        Application application = applications.aggregate(r);
        if (!application.may(Step.APPROVE_FOR_NOTICE)) {
            application.take(Step.APPROVE_FOR_NOTICE); // refuses, naming the status
        }
        ItemVersionView item = steps.version(r);
        Long cap = item.content().capFen();
        if (cap == null) {
            if (amountFen != null && amountFen != 0) {
                throw new RedemptionRefusedException("该政策不涉及资金,不能核定金额");
            }
            steps.step(application, r, Step.APPROVE_WITHOUT_MONEY);
            applications.event(id, "APPROVE", ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED,
                    r.handlerDepartment(), steps.blankToNull(reason), reviewer.getUsername(), null);
            return steps.view(applications.find(id).orElseThrow());
        }
        if (amountFen == null || amountFen <= 0) {
            throw new RedemptionRefusedException("核定金额应大于0");
        }
        if (amountFen > cap) {
            throw new RedemptionRefusedException("核定金额 " + Money.yuan(amountFen) + " 元超过该政策的上限 "
                    + Money.yuan(cap) + " 元");
        }
        if (steps.blankToNull(reason) == null) {
            if (item.content().formula() == null) {
                throw new RedemptionRefusedException("该政策按实核定金额(最高 " + Money.yuan(cap) + " 元),请写明核定依据");
            }
            if (r.suggestedFen() == null || amountFen.longValue() != r.suggestedFen()) {
                throw new RedemptionRefusedException(r.suggestedFen() == null ? "无法按公式测算金额,请写明核定依据"
                        : "核定金额与按公式计算的 " + Money.yuan(r.suggestedFen()) + " 元不同,请写明理由");
            }
        }
        steps.step(application, r, Step.APPROVE_FOR_NOTICE);
        LocalDate today = supervision.today();
        LocalDate ends = supervision.calendar().addWorkingDays(today, noticeDays);
        applications.approved(id, amountFen, steps.blankToNull(reason), ends);
        applications.event(id, "APPROVE", ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_NOTICE,
                r.handlerDepartment(), steps.blankToNull(reason), reviewer.getUsername(),
                Map.of("amountFen", amountFen, "suggestedFen", r.suggestedFen() == null ? -1 : r.suggestedFen(),
                        "noticeEndsOn", ends.toString()));
        return steps.view(applications.find(id).orElseThrow());
    }

    @Transactional
    public ApplicationView reject(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = steps.handled(id, reviewer);
        String why = steps.required(reason, "请填写审核不通过的理由");
        steps.step(r, Step.REJECT, null);
        applications.event(id, "REJECT", ApplicationStatus.IN_REVIEW, ApplicationStatus.REJECTED,
                r.handlerDepartment(), why, reviewer.getUsername(), null);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** The department resolves an objection: upheld ends the application, dismissed lets the notice run on. */
    @Transactional
    public ApplicationView resolveObjection(long objectionId, boolean upheld, String note, CurrentUser reviewer) {
        long id = objections.objectionApplication(objectionId).orElseThrow(ApplicationNotFoundException::new);
        Applications.Row r = steps.handled(id, reviewer);
        String why = steps.required(note, "请填写异议处理意见");
        objections.resolve(objectionId, upheld ? "UPHELD" : "DISMISSED", why, reviewer.getUsername());
        if (upheld) {
            steps.step(r, Step.UPHOLD_OBJECTION, null);
            applications.event(id, "OBJECTION_UPHELD", ApplicationStatus.IN_NOTICE, ApplicationStatus.REJECTED,
                    r.handlerDepartment(), why, reviewer.getUsername(), null);
        } else {
            applications.event(id, "OBJECTION_DISMISSED", ApplicationStatus.IN_NOTICE, ApplicationStatus.IN_NOTICE,
                    r.handlerDepartment(), why, reviewer.getUsername(), null);
        }
        return steps.view(applications.find(id).orElseThrow());
    }

    /** The objections to an application, for the department that handles it. */
    public List<Objection> objections(long id, CurrentUser reviewer) {
        steps.handled(id, reviewer);
        return objections.objections(id);
    }
}

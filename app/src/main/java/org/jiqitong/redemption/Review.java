package org.jiqitong.redemption;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.redemption.internal.Application;
import org.jiqitong.redemption.internal.ApplicationEvent;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationApproved;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.Objections;
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
        ApplicationEvent sentBack = steps.step(r, Application::sendBack, null);
        applications.handler(id, Redemption.WINDOW, null, null);
        applications.event(sentBack, "SEND_BACK", r.handlerDepartment(), why, reviewer.getUsername(), null);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** Asks the enterprise to supplement; the review clock stops until it does. */
    @Transactional
    public ApplicationView requestSupplement(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = steps.handled(id, reviewer);
        String why = steps.required(reason, "请写明需要补正的内容");
        ApplicationEvent requested = steps.step(r, Application::requestSupplement, null);
        applications.event(requested, "REQUEST_SUPPLEMENT", r.handlerDepartment(), why, reviewer.getUsername(), null);
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
        ItemVersionView item = steps.version(r);
        String why = steps.blankToNull(reason);
        ApplicationApproved approved = applications.aggregate(r).approve(amountFen, why, item.content().capFen(),
                r.suggestedFen(), item.content().formula() != null);
        steps.saved(approved, r, null);
        if (!approved.intoNotice()) {
            applications.event(approved, "APPROVE", r.handlerDepartment(), why, reviewer.getUsername(), null);
            return steps.view(applications.find(id).orElseThrow());
        }
        LocalDate ends = supervision.calendar().addWorkingDays(supervision.today(), noticeDays);
        applications.approved(id, amountFen, why, ends);
        applications.event(approved, "APPROVE", r.handlerDepartment(), why, reviewer.getUsername(),
                Map.of("amountFen", amountFen, "suggestedFen", r.suggestedFen() == null ? -1 : r.suggestedFen(),
                        "noticeEndsOn", ends.toString()));
        return steps.view(applications.find(id).orElseThrow());
    }

    @Transactional
    public ApplicationView reject(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = steps.handled(id, reviewer);
        String why = steps.required(reason, "请填写审核不通过的理由");
        ApplicationEvent rejected = steps.step(r, Application::reject, null);
        applications.event(rejected, "REJECT", r.handlerDepartment(), why, reviewer.getUsername(), null);
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
            ApplicationEvent objectionUpheld = steps.step(r, Application::upholdObjection, null);
            applications.event(objectionUpheld, "OBJECTION_UPHELD", r.handlerDepartment(), why, reviewer.getUsername(), null);
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

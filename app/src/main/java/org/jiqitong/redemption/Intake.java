package org.jiqitong.redemption;

import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.redemption.internal.Application;
import org.jiqitong.redemption.internal.ApplicationEvent;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.Applications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 一窗受理: the window's queue, acceptance (转办 to the item's department, or 直办 by the window) and refusal. */
@Service
public class Intake {

    private final Applications applications;
    private final ApplicationSteps steps;

    Intake(Applications applications, ApplicationSteps steps) {
        this.applications = applications;
        this.steps = steps;
    }

    // ---------------------------------------------------------------- the window (CLERK)

    public List<ApplicationView> windowQueue(CurrentUser clerk) {
        steps.requireRole(clerk, Role.CLERK);
        return applications.withStatus(ApplicationStatus.SUBMITTED, null).stream().map(steps::view).toList();
    }

    /**
     * Accepts: handled directly by the window (直办) or transferred to the item's department (转办); either way
     * the review clock starts.
     */
    @Transactional
    public ApplicationView accept(long id, boolean direct, String category, CurrentUser clerk) {
        steps.requireRole(clerk, Role.CLERK);
        Applications.Row r = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        String handler = direct ? Redemption.WINDOW : r.itemDepartment();
        ApplicationEvent accepted = steps.step(r, Application::accept, handler);
        applications.handler(id, handler, direct ? "DIRECT" : "TRANSFER", steps.blankToNull(category));
        applications.event(accepted, direct ? "ACCEPT_DIRECT" : "ACCEPT_TRANSFER", handler,
                steps.blankToNull(category), clerk.getUsername(), Map.of("handler", handler));
        return steps.view(applications.find(id).orElseThrow());
    }

    /** Refuses at the window, with the reason the enterprise will read. */
    @Transactional
    public ApplicationView refuse(long id, String reason, CurrentUser clerk) {
        steps.requireRole(clerk, Role.CLERK);
        String why = steps.required(reason, "请填写不予受理的理由");
        Applications.Row r = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        ApplicationEvent refused = steps.step(r, Application::refuse, null);
        applications.event(refused, "REFUSE", Redemption.WINDOW, why, clerk.getUsername(), null);
        return steps.view(applications.find(id).orElseThrow());
    }
}

package org.jiqitong.redemption.internal;

import java.util.function.Function;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.ApplicationNotFoundException;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.jiqitong.shared.Uscc;
import org.springframework.stereotype.Component;

/**
 * What every actor's service of an application shares: who may see or act on it (a wrong scope is not found), its
 * view, and one step of the aggregate (taken or refused, saved with its compare-and-set, its clocks moved).
 */
@Component
public class ApplicationSteps {

    private final Applications applications;
    private final ApplicationMaterials materials;
    private final Policies policies;
    private final ApplicationClocks clocks;

    ApplicationSteps(Applications applications, ApplicationMaterials materials, Policies policies,
            ApplicationClocks clocks) {
        this.applications = applications;
        this.materials = materials;
        this.policies = policies;
        this.clocks = clocks;
    }

    public ApplicationView view(Applications.Row r) {
        ItemVersionView item = version(r);
        String name = r.form().getOrDefault("entity_name", r.uscc());
        return new ApplicationView(r.id(), r.receiptNo(), r.uscc(), name, r.itemId(), r.versionId(),
                item.content().name(), r.itemDepartment(), r.handlerDepartment(), r.handling(), r.category(),
                r.status(), r.form(), r.declared(), r.suggestedFen(), r.approvedFen(), r.amountReason(),
                r.noticeEndsOn(), r.bankConfirmed(), materials.materials(r.id()), item.content().materials(),
                r.createdAt(), r.submittedAt(), item.content().capFen(), item.content().formula() != null);
    }

    public ItemVersionView version(Applications.Row r) {
        return policies.versionOnRecord(r.versionId()).orElseThrow();
    }

    public static boolean closed(ApplicationStatus s) {
        return s == ApplicationStatus.REFUSED || s == ApplicationStatus.REJECTED || s == ApplicationStatus.CLOSED
                || s == ApplicationStatus.PAID || s == ApplicationStatus.APPROVED;
    }

    public static Uscc enterprise(CurrentUser me) {
        if (!me.is(Role.ENTERPRISE) || me.entityUscc().isEmpty()) {
            throw new ApplicationNotFoundException();
        }
        return new Uscc(me.entityUscc().get());
    }

    public Applications.Row own(long id, CurrentUser me) {
        Uscc uscc = enterprise(me);
        return applications.find(id).filter(r -> r.uscc().equals(uscc.value()))
                .orElseThrow(ApplicationNotFoundException::new);
    }

    /** The application as handled by this reviewer's department (anything else is not found). */
    public Applications.Row handled(long id, CurrentUser reviewer) {
        if (!reviewer.is(Role.REVIEWER)) {
            throw new ApplicationNotFoundException();
        }
        String dept = reviewer.departmentCode().orElseThrow(ApplicationNotFoundException::new);
        return applications.find(id).filter(r -> dept.equals(r.handlerDepartment()))
                .orElseThrow(ApplicationNotFoundException::new);
    }

    public Applications.Row visible(long id, CurrentUser me) {
        Applications.Row r = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        boolean may = switch (me.role()) {
            case ENTERPRISE -> me.entityUscc().map(r.uscc()::equals).orElse(false);
            case CLERK, ADMIN, SUPERVISOR, FINANCE -> r.status() != ApplicationStatus.DRAFT;
            case REVIEWER -> me.departmentCode().map(d -> d.equals(r.handlerDepartment()) || d.equals(r.itemDepartment()))
                    .orElse(false) && r.status() != ApplicationStatus.DRAFT;
            default -> false;
        };
        if (!may) {
            throw new ApplicationNotFoundException();
        }
        return r;
    }

    public static void requireRole(CurrentUser user, Role role) {
        if (!user.is(role)) {
            throw new ApplicationNotFoundException();
        }
    }

    /** One step of the aggregate: taken (or refused), saved with its compare-and-set, its clocks moved. */
    public <E extends ApplicationEvent> E step(Applications.Row r, Function<Application, E> step, String handler) {
        E event = step.apply(applications.aggregate(r));
        saved(event, r, handler);
        return event;
    }

    /** The same for an event the caller's aggregate already returned. */
    public void saved(ApplicationEvent event, Applications.Row r, String handler) {
        applications.save(event);
        clocks.after(event, r, handler);
    }

    /** The clocks of a step written elsewhere (a submission, written with its receipt number). */
    public void moved(ApplicationEvent event, Applications.Row r, String handler) {
        clocks.after(event, r, handler);
    }

    public void requireMaterial(Applications.Row r, String name) {
        if (!version(r).content().materials().contains(name)) {
            throw new RedemptionRefusedException("“" + name + "”不是该政策要求的材料");
        }
    }

    public static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new RedemptionRefusedException(message);
        }
        return text.strip();
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

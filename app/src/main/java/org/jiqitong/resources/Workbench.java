package org.jiqitong.resources;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.demand.DemandView;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.resources.internal.CommissionerStore;

/**
 * A commissioner's view of one enterprise: take-up gaps (items it qualifies for and has not applied for, with the
 * estimated amounts), open applications and demands with their due days, needs, visits with their follow-ups, and
 * whether the enterprise's authorisation to act on its behalf is live.
 */
public record Workbench(EntityProfile entity, CommissionerStore.Assignment assignment, List<Gap> gaps, long gapTotalFen,
        List<OpenApplication> applications, List<DemandView> demands, List<NeedView> needs,
        List<CommissionerStore.Visit> visits, boolean authorised) {

    /** An item the enterprise qualifies for and has not applied for. */
    public record Gap(long itemId, String name, String departmentCode, Long amountFen, boolean amountIllustrative,
            LocalDate deadline) {
    }

    /** An application still under way, with the day its current step is due. */
    public record OpenApplication(ApplicationView application, LocalDate dueOn) {
    }
}

package org.jiqitong.redemption;

import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.Ratings;
import org.jiqitong.supervision.Supervision;
import org.springframework.stereotype.Service;

/** 跟踪问效: satisfaction, time to payout and payout on time, per item or per department, for staff. */
@Service
public class ServiceResults {

    private final Ratings ratings;
    private final ApplicationSteps steps;
    private final Policies policies;
    private final Supervision supervision;

    ServiceResults(Ratings ratings, ApplicationSteps steps, Policies policies, Supervision supervision) {
        this.ratings = ratings;
        this.steps = steps;
        this.policies = policies;
        this.supervision = supervision;
    }

    /** 跟踪问效 per item ({@code byDepartment} false) or per department; staff only, a department sees its own. */
    public List<ServiceResult> results(boolean byDepartment, CurrentUser viewer) {
        if (viewer.is(Role.ENTERPRISE)) {
            throw new ApplicationNotFoundException();
        }
        boolean all = viewer.is(Role.ADMIN) || viewer.is(Role.SUPERVISOR) || viewer.is(Role.COMMISSIONER)
                || viewer.is(Role.FINANCE) || viewer.is(Role.CLERK);
        String own = viewer.departmentCode().orElse(null);
        Map<String, List<Ratings.Paid>> groups = new java.util.TreeMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        Map<String, String> departments = new java.util.HashMap<>();
        Map<Long, Integer> limits = new java.util.HashMap<>();
        for (Ratings.Paid p : ratings.paid()) {
            if (!all && !p.department().equals(own)) {
                continue;
            }
            ItemContent c = policies.versionOnRecord(p.versionId()).orElseThrow().content();
            limits.put(p.versionId(), c.payoutDays());
            String key = byDepartment ? p.department() : Long.toString(p.itemId());
            groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(p);
            names.putIfAbsent(key, byDepartment ? p.department() : c.name());
            departments.putIfAbsent(key, p.department());
        }
        var calendar = supervision.calendar();
        List<ServiceResult> out = new java.util.ArrayList<>();
        groups.forEach((key, list) -> {
            List<Integer> scores = list.stream().map(Ratings.Paid::score).filter(java.util.Objects::nonNull).toList();
            List<Ratings.Paid> applied = list.stream().filter(p -> !p.noApplication()).toList();
            List<Integer> days = applied.stream().map(p -> calendar.workingDaysBetween(p.submittedOn(), p.paidOn()))
                    .toList();
            long withLimit = applied.stream().filter(p -> limits.get(p.versionId()) != null).count();
            long within = applied.stream().filter(p -> limits.get(p.versionId()) != null && calendar
                    .workingDaysBetween(p.submittedOn(), p.paidOn()) <= limits.get(p.versionId())).count();
            out.add(new ServiceResult(key, names.get(key), departments.get(key), list.size(),
                    list.size() - applied.size(), scores.size(),
                    scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElse(0),
                    scores.isEmpty() ? null : scores.stream().filter(x -> x >= 4).count() / (double) scores.size(),
                    ServiceResult.median(days), withLimit == 0 ? null : within / (double) withLimit));
        });
        return out;
    }
}

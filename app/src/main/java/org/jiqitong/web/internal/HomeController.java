package org.jiqitong.web.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiqitong.demand.DemandStatus;
import org.jiqitong.demand.Demands;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.matching.Matching;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.policy.PolicyQuery;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.redemption.NoApplicationGrants;
import org.jiqitong.redemption.Redemption;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The platform's front door: search, the 免申即享 and 正在受理 lists, the calculator, the latest policies; for a
 * signed-in enterprise also what it qualifies for and has not applied for, and its open work. And the sign-in page.
 */
@PageController
class HomeController {

    private static final int SHOWN = 6;
    private static final Set<ApplicationStatus> DONE = Set.of(ApplicationStatus.PAID, ApplicationStatus.CLOSED,
            ApplicationStatus.REJECTED, ApplicationStatus.REFUSED, ApplicationStatus.APPROVED);

    private final Policies policies;
    private final Matching matching;
    private final Redemption redemption;
    private final NoApplicationGrants noApplication;
    private final Demands demands;
    private final Clock clock;

    HomeController(Policies policies, Matching matching, Redemption redemption, NoApplicationGrants noApplication,
            Demands demands, Clock clock) {
        this.policies = policies;
        this.matching = matching;
        this.redemption = redemption;
        this.noApplication = noApplication;
        this.demands = demands;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        LocalDate today = ChinaTime.today(clock);
        List<ItemVersionView> published = policies.published();
        model.addAttribute("noApplicationItems", published.stream()
                .filter(v -> Boolean.TRUE.equals(v.content().noApplication())).limit(SHOWN).toList());
        model.addAttribute("openItems", policies.search(new PolicyQuery(null, null, null, false, today)).stream()
                .map(h -> h.item().view()).sorted(Comparator.comparing((ItemVersionView v) -> v.content().windowTo(),
                        Comparator.nullsLast(Comparator.naturalOrder()))).limit(SHOWN).toList());
        model.addAttribute("latestItems", published.stream().sorted(Comparator.comparing(ItemVersionView::publishedAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).limit(SHOWN).toList());
        CurrentUser.get().filter(me -> me.is(Role.ENTERPRISE) && me.entityUscc().isPresent())
                .ifPresent(me -> enterprise(me, today, model));
        return "home";
    }

    /** What the enterprise may still claim, and what waits for it. */
    private void enterprise(CurrentUser me, LocalDate today, Model model) {
        List<ApplicationView> applications = redemption.mine(me);
        Set<Long> applied = applications.stream().map(ApplicationView::itemId).collect(Collectors.toSet());
        List<ItemMatch> matches = matching.forEntity(Uscc.parse(me.entityUscc().orElseThrow()), today).orElse(List.of());
        model.addAttribute("toApply", matches.stream().filter(m -> m.verdict() == Verdict.ELIGIBLE)
                .filter(m -> !Boolean.TRUE.equals(m.noApplication()) && !applied.contains(m.itemId())).toList());
        model.addAttribute("openApplications", applications.stream().filter(a -> !DONE.contains(a.status())).toList());
        model.addAttribute("toConfirm", noApplication.mine(me).stream().filter(l -> "NOTIFIED".equals(l.state())).toList());
        model.addAttribute("toRate", demands.mine(me).stream().filter(d -> d.status() == DemandStatus.REPLIED).toList());
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

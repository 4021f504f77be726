package org.jiqitong.resources;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiqitong.demand.Demands;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.matching.Matching;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.redemption.Redemption;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.registry.Registry;
import org.jiqitong.resources.internal.CommissionerStore;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.ClockView;
import org.jiqitong.supervision.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 服务专员 (十条措施 一): an administrator assigns key enterprises to commissioners, by hand or by a rule (those holding a
 * qualification such as 专精特新); a commissioner sees only its own enterprises (else 404), each on a workbench, keeps a
 * visit log, and — with the enterprise's revocable authorisation — drafts applications and needs that the enterprise
 * confirms. Every assignment, authorisation and act is audited.
 */
@Service
public class Commissioners {

    /** At most this many entities are assigned by one rule (a rule that reaches more is refused as too wide). */
    static final int RULE_LIMIT = 20_000;

    private final CommissionerStore store;
    private final Registry registry;
    private final Identity identity;
    private final Matching matching;
    private final Redemption redemption;
    private final Demands demands;
    private final Needs needs;
    private final Supervision supervision;
    private final java.time.Clock clock;

    Commissioners(CommissionerStore store, Registry registry, Identity identity, Matching matching,
            Redemption redemption, Demands demands, Needs needs, Supervision supervision, java.time.Clock clock) {
        this.store = store;
        this.registry = registry;
        this.identity = identity;
        this.matching = matching;
        this.redemption = redemption;
        this.demands = demands;
        this.needs = needs;
        this.supervision = supervision;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the administrator

    public Map<String, String> commissionerAccounts(CurrentUser admin) {
        requireAdmin(admin);
        return identity.accountsWithRole(Role.COMMISSIONER);
    }

    @Transactional
    public void assign(String uscc, String commissioner, String basis, CurrentUser admin) {
        requireAdmin(admin);
        Uscc u = Uscc.parse(uscc);
        if (registry.profile(u).isEmpty()) {
            throw new ResourcesRefusedException("市场主体库中没有统一社会信用代码为 " + u.value() + " 的主体");
        }
        requireCommissioner(commissioner);
        String why = basis == null || basis.isBlank() ? "管理员指定" : basis.strip();
        if (why.length() > 200) {
            throw new ResourcesRefusedException("“依据”不能超过200字");
        }
        if (store.assign(u.value(), commissioner, why, admin.getUsername())) {
            store.audit("ASSIGNMENT", null, u.value(), "ASSIGN", admin.getUsername(), commissioner + " · " + why);
        }
    }

    /** Assigns every entity holding the qualification today; returns how many were newly assigned. */
    @Transactional
    public int assignByQualification(QualificationType type, String commissioner, CurrentUser admin) {
        requireAdmin(admin);
        requireCommissioner(commissioner);
        LocalDate today = supervision.today();
        List<String> holders = registry.holdersOn(type, today, RULE_LIMIT + 1);
        if (holders.size() > RULE_LIMIT) {
            throw new ResourcesRefusedException("按该规则将分配超过" + RULE_LIMIT + "家企业,请缩小范围");
        }
        int n = store.assignUnassigned(holders, commissioner, "规则:" + type.labelZh(), admin.getUsername());
        store.audit("ASSIGNMENT", null, null, "ASSIGN_BY_RULE", admin.getUsername(),
                type.name() + " → " + commissioner + " · " + n);
        return n;
    }

    @Transactional
    public void unassign(String uscc, CurrentUser admin) {
        requireAdmin(admin);
        if (store.unassign(Uscc.parse(uscc).value())) {
            store.audit("ASSIGNMENT", null, Uscc.parse(uscc).value(), "UNASSIGN", admin.getUsername(), null);
        }
    }

    public List<CommissionerStore.Assignment> assignments(CurrentUser admin) {
        requireAdmin(admin);
        return store.all(500);
    }

    // ---------------------------------------------------------------- the commissioner

    /** The commissioner's enterprises, with their names. */
    public List<Assigned> mine(CurrentUser commissioner) {
        requireRole(commissioner);
        return store.assignedTo(commissioner.getUsername()).stream().map(a -> new Assigned(a,
                registry.profile(new Uscc(a.uscc())).map(EntityProfile::name).orElse(a.uscc()))).toList();
    }

    public record Assigned(CommissionerStore.Assignment assignment, String name) {
    }

    public Workbench workbench(String uscc, CurrentUser commissioner) {
        Uscc u = assigned(uscc, commissioner);
        EntityProfile p = registry.profile(u).orElseThrow(ResourceNotFoundException::new);
        List<ApplicationView> apps = redemption.ofEntity(u, commissioner);
        Set<Long> applied = apps.stream().filter(a -> a.status() != ApplicationStatus.REJECTED && a.status() != ApplicationStatus.REFUSED)
                .map(ApplicationView::itemId).collect(Collectors.toSet());
        List<Workbench.Gap> gaps = new ArrayList<>();
        for (ItemMatch m : matching.forEntity(u, supervision.today()).orElse(List.of())) {
            if (m.verdict() == Verdict.ELIGIBLE && !Boolean.TRUE.equals(m.noApplication()) && !applied.contains(m.itemId())) {
                gaps.add(new Workbench.Gap(m.itemId(), m.name(), m.departmentCode(), m.amountFen(),
                        m.amountIllustrative(), m.deadline()));
            }
        }
        long total = gaps.stream().filter(g -> g.amountFen() != null).mapToLong(Workbench.Gap::amountFen).sum();
        List<Workbench.OpenApplication> open = apps.stream().filter(a -> !closed(a.status()))
                .map(a -> new Workbench.OpenApplication(a, supervision.clocksOf(Redemption.SUBJECT, a.id()).stream()
                        .filter(c -> c.finishedAt() == null).map(ClockView::dueOn).findFirst().orElse(null))).toList();
        return new Workbench(p, store.assignment(u.value()).orElseThrow(), gaps, total, open,
                demands.ofEntity(u, commissioner), needs.ofEntity(u.value()), store.visits(u.value()),
                store.authorised(commissioner.getUsername(), u.value()));
    }

    /** 走访记录: a visit with its topics and follow-ups ("what" with a due day each). */
    @Transactional
    public long recordVisit(String uscc, LocalDate on, String topics, String notes, List<FollowUpDraft> followUps,
            CurrentUser commissioner) {
        Uscc u = assigned(uscc, commissioner);
        LocalDate today = supervision.today();
        if (on == null || on.isAfter(today) || on.isBefore(today.minusYears(1))) {
            throw new ResourcesRefusedException("“走访日期”:应在一年前至今天(" + today + ")之间");
        }
        if (topics == null || topics.isBlank() || topics.length() > 500) {
            throw new ResourcesRefusedException("“走访事项”:请填写,不超过500字");
        }
        if (notes != null && notes.length() > 4000) {
            throw new ResourcesRefusedException("“走访记录”:不能超过4000字");
        }
        for (FollowUpDraft f : followUps) {
            if (f.what() == null || f.what().isBlank() || f.what().length() > 500) {
                throw new ResourcesRefusedException("“跟进事项”:请填写,不超过500字");
            }
            if (f.dueOn() == null || f.dueOn().isBefore(on)) {
                throw new ResourcesRefusedException("“跟进事项”" + f.what() + "的完成期限应不早于走访日期");
            }
        }
        long id = store.visit(u.value(), commissioner.getUsername(), on, topics.strip(), notes == null ? "" : notes.strip());
        followUps.forEach(f -> store.followUp(id, f.what().strip(), f.dueOn()));
        store.audit("VISIT", id, u.value(), "VISIT", commissioner.getUsername(), topics.strip());
        return id;
    }

    public record FollowUpDraft(String what, LocalDate dueOn) {
    }

    @Transactional
    public void followUpDone(String uscc, long followUpId, CurrentUser commissioner) {
        Uscc u = assigned(uscc, commissioner);
        if (!store.done(followUpId, u.value())) {
            throw new ResourceNotFoundException();
        }
        store.audit("VISIT", followUpId, u.value(), "FOLLOW_UP_DONE", commissioner.getUsername(), null);
    }

    /** 代办: drafts an application for the enterprise, which then confirms and submits it. */
    @Transactional
    public ApplicationView draftApplication(String uscc, long itemId, CurrentUser commissioner) {
        Uscc u = actingFor(uscc, commissioner);
        ApplicationView v = redemption.startOnBehalf(itemId, u, commissioner);
        store.audit("APPLICATION", v.id(), u.value(), "DRAFT_ON_BEHALF", commissioner.getUsername(), v.itemName());
        return v;
    }

    /** 代办: drafts a need for the enterprise; it is routed once the enterprise confirms it. */
    @Transactional
    public NeedView draftNeed(String uscc, NewNeed n, CurrentUser commissioner) {
        return needs.draftOnBehalf(actingFor(uscc, commissioner).value(), n, commissioner);
    }

    // ---------------------------------------------------------------- the enterprise

    /** The enterprise's commissioner (if any) and its authorisations. */
    public Mine mineAsEnterprise(CurrentUser me) {
        String uscc = Needs.enterprise(me);
        var a = store.assignment(uscc).orElse(null);
        String name = a == null ? null : identity.accountsWithRole(Role.COMMISSIONER).getOrDefault(a.commissioner(),
                a.commissioner());
        return new Mine(a, name, store.authorisations(uscc), OffsetDateTime.now(clock));
    }

    public record Mine(CommissionerStore.Assignment assignment, String commissionerName,
            List<CommissionerStore.Authorisation> authorisations, OffsetDateTime now) {
    }

    /** The enterprise authorises its commissioner to act on its behalf until a day (at most a year). */
    @Transactional
    public void authorise(LocalDate until, CurrentUser me) {
        String uscc = Needs.enterprise(me);
        var a = store.assignment(uscc).orElseThrow(() -> new ResourcesRefusedException("贵单位尚未配备服务专员"));
        LocalDate today = supervision.today();
        if (until == null || !until.isAfter(today) || until.isAfter(today.plusYears(1))) {
            throw new ResourcesRefusedException("“授权期限”:应在明天至一年之内");
        }
        OffsetDateTime end = until.plusDays(1).atStartOfDay(org.jiqitong.shared.ChinaTime.ZONE).toOffsetDateTime();
        long id = store.authorise(uscc, a.commissioner(), end, me.getUsername());
        store.audit("AUTHORISATION", id, uscc, "AUTHORISE", me.getUsername(), a.commissioner() + " 至 " + until);
    }

    @Transactional
    public void revoke(long authorisationId, CurrentUser me) {
        String uscc = Needs.enterprise(me);
        if (!store.revoke(authorisationId, uscc)) {
            throw new ResourceNotFoundException();
        }
        store.audit("AUTHORISATION", authorisationId, uscc, "REVOKE", me.getUsername(), null);
    }

    // ---------------------------------------------------------------- scope

    private Uscc assigned(String uscc, CurrentUser commissioner) {
        requireRole(commissioner);
        Uscc u;
        try {
            u = Uscc.parse(uscc);
        } catch (RuntimeException e) {
            throw new ResourceNotFoundException();
        }
        if (!store.assigned(commissioner.getUsername(), u.value())) {
            throw new ResourceNotFoundException();
        }
        return u;
    }

    private Uscc actingFor(String uscc, CurrentUser commissioner) {
        Uscc u = assigned(uscc, commissioner);
        if (!store.authorised(commissioner.getUsername(), u.value())) {
            throw new ResourcesRefusedException("企业尚未授权(或已撤回授权)服务专员代办,不能代为起草");
        }
        return u;
    }

    private static boolean closed(ApplicationStatus s) {
        return s == ApplicationStatus.PAID || s == ApplicationStatus.REJECTED || s == ApplicationStatus.REFUSED
                || s == ApplicationStatus.CLOSED;
    }

    private static void requireRole(CurrentUser u) {
        if (!u.is(Role.COMMISSIONER)) {
            throw new ResourceNotFoundException();
        }
    }

    private static void requireAdmin(CurrentUser u) {
        if (!u.is(Role.ADMIN)) {
            throw new ResourceNotFoundException();
        }
    }

    private void requireCommissioner(String username) {
        if (username == null || !identity.accountsWithRole(Role.COMMISSIONER).containsKey(username)) {
            throw new ResourcesRefusedException("“服务专员”:没有这个服务专员账户:" + username);
        }
    }
}

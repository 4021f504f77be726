package org.jiqitong.resources;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.notification.Notifications;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.Registry;
import org.jiqitong.resources.internal.CommissionerStore;
import org.jiqitong.resources.internal.Fitting;
import org.jiqitong.resources.internal.NeedChecks;
import org.jiqitong.resources.internal.NeedStore;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Bilingual;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.ClockView;
import org.jiqitong.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业点菜: an enterprise states a need; it is matched to the library's resources (the rule engine's verdict and a fit
 * per constraint) and routed to the departments that own the best fits — "企业需要、部门报到": each answers within its
 * working days on a supervision clock. A commissioner may draft one on the enterprise's behalf; it is routed only when
 * the enterprise confirms it.
 */
@Service
public class Needs {

    public static final String SUBJECT = "NEED";
    static final String STAGE = "RESPOND";
    /** How many departments one need is routed to at most. */
    static final int ROUTES = 3;

    private final NeedStore store;
    private final Resources resources;
    private final Registry registry;
    private final Supervision supervision;
    private final Notifications notifications;
    private final CommissionerStore commissioners;
    private final int respondDays;

    Needs(NeedStore store, Resources resources, Registry registry, Supervision supervision, Notifications notifications,
            CommissionerStore commissioners, @Value("${jiqitong.resources.respond-days:3}") int respondDays) {
        this.store = store;
        this.resources = resources;
        this.registry = registry;
        this.supervision = supervision;
        this.notifications = notifications;
        this.commissioners = commissioners;
        this.respondDays = respondDays;
    }

    /** The enterprise states a need: stored open and routed at once, or refused (naming the field) with nothing stored. */
    @Transactional
    public NeedView state(NewNeed n, CurrentUser me) {
        String uscc = enterprise(me);
        NeedChecks.check(n, supervision.today());
        long id = store.insert(uscc, n, NeedStatus.OPEN, null, me.getUsername());
        commissioners.audit(SUBJECT, id, uscc, "STATE", me.getUsername(), n.kind().name());
        route(store.find(id).orElseThrow());
        return view(store.find(id).orElseThrow());
    }

    /** A commissioner's draft for the enterprise (the caller checked the authorisation); routed once confirmed. */
    NeedView draftOnBehalf(String uscc, NewNeed n, CurrentUser commissioner) {
        NeedChecks.check(n, supervision.today());
        long id = store.insert(uscc, n, NeedStatus.DRAFT, commissioner.getUsername(), commissioner.getUsername());
        commissioners.audit(SUBJECT, id, uscc, "DRAFT_ON_BEHALF", commissioner.getUsername(), "由服务专员代办");
        return view(store.find(id).orElseThrow());
    }

    @Transactional
    public NeedView confirm(long id, CurrentUser me) {
        NeedStore.Row r = own(id, me);
        store.save(r.aggregate().confirm());
        commissioners.audit(SUBJECT, id, r.uscc(), "CONFIRM", me.getUsername(), null);
        route(store.find(id).orElseThrow());
        return view(store.find(id).orElseThrow());
    }

    /** The enterprise closes its need (met, or no longer wanted); clocks still running stop. */
    @Transactional
    public NeedView close(long id, CurrentUser me) {
        NeedStore.Row r = own(id, me);
        store.save(r.aggregate().close());
        for (NeedStore.RouteRow route : store.routes(id)) {
            if (!route.responded()) {
                supervision.finish(SUBJECT, route.id(), STAGE);
            }
        }
        commissioners.audit(SUBJECT, id, r.uscc(), "CLOSE", me.getUsername(), null);
        return view(store.find(id).orElseThrow());
    }

    public List<NeedView> mine(CurrentUser me) {
        return store.ofEnterprise(enterprise(me)).stream().map(this::view).toList();
    }

    /** Needs of an entity for its commissioner's workbench (the caller checked the assignment). */
    List<NeedView> ofEntity(String uscc) {
        return store.ofEnterprise(uscc).stream().map(this::view).toList();
    }

    /** One need for its enterprise, a department it was routed to, or its commissioner; else 404. */
    public NeedView get(long id, CurrentUser me) {
        return view(visible(id, me));
    }

    /** The resources that fit, ranked, each with the verdict and the fit per constraint. */
    public List<ResourceMatch> matches(long id, CurrentUser me) {
        return matches(visible(id, me));
    }

    List<ResourceMatch> matches(NeedStore.Row r) {
        NeedView need = view(r);
        Facts facts = resources.facts(new Uscc(r.uscc())).orElse(null);
        String industry = industry(r);
        List<ResourceView> candidates = resources.published(r.kind().answeredBy());
        Map<Long, ResourceView> byId = candidates.stream().collect(Collectors.toMap(ResourceView::id, Function.identity()));
        List<ResourceMatch> out = new ArrayList<>();
        for (ResourceView c : candidates) {
            out.add(match(need, c, facts, industry));
        }
        out.sort(Fitting.ranking(need, byId));
        return out;
    }

    private ResourceMatch match(NeedView need, ResourceView c, Facts facts, String industry) {
        Evaluation e = facts == null ? new Evaluation(Verdict.UNDETERMINED, List.of()) : resources.eligibility(c, facts);
        return new ResourceMatch(c.id(), c.title(), c.kind(), c.departmentCode(), c.district(), e.verdict(),
                e.explanations(), Fitting.fit(need, c, industry), c.terms().feeAboveCeiling(), c.illustrative());
    }

    /** The department's routed needs, unanswered first, with their clocks. */
    public List<Routed> routed(CurrentUser staff) {
        String department = Resources.staffDepartment(staff);
        return store.routesOf(department).stream().map(route -> new Routed(route.id(), view(store.find(route.needId())
                .orElseThrow()), route.responded(), route.response(), supervision.clock(SUBJECT, route.id(), STAGE)
                .orElse(null))).toList();
    }

    /** A routed need as its department sees it. */
    public record Routed(long routeId, NeedView need, boolean responded, String response, ClockView clock) {
    }

    /** 部门报到: the department answers once; its clock finishes and the enterprise is told. */
    @Transactional
    public NeedView respond(long routeId, String response, CurrentUser staff) {
        String department = Resources.staffDepartment(staff);
        if (!staff.is(Role.POLICY_OFFICER) && !staff.is(Role.REVIEWER)) {
            throw new ResourceNotFoundException();
        }
        NeedStore.RouteRow route = store.routeById(routeId).filter(x -> x.departmentCode().equals(department))
                .orElseThrow(ResourceNotFoundException::new);
        if (response == null || response.isBlank()) {
            throw new ResourcesRefusedException("请填写答复内容:可提供的资源、联系人和下一步安排");
        }
        if (response.length() > 2000) {
            throw new ResourcesRefusedException("答复不能超过2000字");
        }
        NeedStore.Row need = store.find(route.needId()).orElseThrow();
        need.aggregate().requireOpen();
        if (!store.respond(routeId, response.strip(), staff.getUsername())) {
            throw new ResourcesRefusedException("该需求本部门已经答复过了");
        }
        supervision.finish(SUBJECT, routeId, STAGE);
        commissioners.audit(SUBJECT, need.id(), need.uscc(), "RESPOND", staff.getUsername(), department);
        notifications.tell(new Uscc(need.uscc()), "need:" + need.id() + ":response:" + routeId, null,
                Bilingual.zh("您的" + need.kind().labelZh() + "需求已有部门答复"), Bilingual.zh(response.strip()), List.of(),
                null, null);
        return view(store.find(need.id()).orElseThrow());
    }

    /** A newly published resource tells each enterprise whose open need it fits (every constraint met), once. */
    @Transactional
    public int pushFor(long resourceId) {
        ResourceView r = resources.get(resourceId, null);
        int told = 0;
        for (NeedKind kind : NeedKind.values()) {
            if (!kind.answeredBy().contains(r.kind())) {
                continue;
            }
            for (NeedStore.Row need : store.open(kind)) {
                ResourceMatch m = match(view(need), r, resources.facts(new Uscc(need.uscc())).orElse(null),
                        industry(need));
                if (!m.fitsAll() || m.verdict() == Verdict.INELIGIBLE || !store.pushed(resourceId, need.id())) {
                    continue;
                }
                notifications.tell(new Uscc(need.uscc()), "resource:" + resourceId + ":need:" + need.id(), null,
                        Bilingual.zh("有新的" + r.kind().labelZh() + "符合您的需求:" + r.title()),
                        Bilingual.zh("政府资源库新发布的资源符合您的" + kind.labelZh() + "需求,详见 /resources/" + resourceId),
                        m.fit().stream().map(Fit::detail).toList(), null, null);
                told++;
            }
        }
        return told;
    }

    /** Routes to the owners of the best fits (at most {@value #ROUTES}), or to the kind's department; starts clocks. */
    private void route(NeedStore.Row r) {
        Set<String> departments = new LinkedHashSet<>();
        for (ResourceMatch m : matches(r)) {
            if (m.verdict() != Verdict.INELIGIBLE && m.met() * 2 >= m.fit().size() && departments.size() < ROUTES) {
                departments.add(m.departmentCode());
            }
        }
        if (departments.isEmpty()) {
            departments.add(r.kind().defaultDepartment());
        }
        String name = registry.profile(new Uscc(r.uscc())).map(EntityProfile::name).orElse(r.uscc());
        for (String d : departments) {
            store.route(r.id(), d).ifPresent(routeId -> supervision.start(SUBJECT, routeId, STAGE, d,
                    "企业需求 · " + r.kind().labelZh() + " · " + name, respondDays, supervision.today()));
        }
    }

    private String industry(NeedStore.Row r) {
        if (r.industry() != null && !r.industry().isBlank()) {
            return r.industry();
        }
        return registry.profile(new Uscc(r.uscc())).map(EntityProfile::industryCode).orElse(null);
    }

    NeedView view(NeedStore.Row r) {
        String name = registry.profile(new Uscc(r.uscc())).map(EntityProfile::name).orElse(r.uscc());
        List<NeedView.Route> routes = store.routes(r.id()).stream().map(x -> new NeedView.Route(x.id(), x.departmentCode(),
                x.responded(), x.response(), supervision.clock(SUBJECT, x.id(), STAGE).map(ClockView::dueOn).orElse(null),
                x.routedAt(), x.respondedAt())).toList();
        return new NeedView(r.id(), r.uscc(), name, r.kind(), r.areaMu(), r.areaM2(), r.amountFen(), r.maxRentFen(),
                r.districts(), r.industry(), r.neededBy(), r.description(), r.status(), r.draftedBy() != null,
                r.createdAt(), routes);
    }

    private NeedStore.Row own(long id, CurrentUser me) {
        String uscc = enterprise(me);
        return store.find(id).filter(r -> r.uscc().equals(uscc)).orElseThrow(ResourceNotFoundException::new);
    }

    private NeedStore.Row visible(long id, CurrentUser me) {
        NeedStore.Row r = store.find(id).orElseThrow(ResourceNotFoundException::new);
        boolean may = switch (me.role()) {
            case ENTERPRISE -> me.entityUscc().map(r.uscc()::equals).orElse(false);
            case COMMISSIONER -> commissioners.assigned(me.getUsername(), r.uscc());
            case ADMIN, SUPERVISOR -> true;
            default -> me.departmentCode().map(d -> store.routes(id).stream().anyMatch(x -> x.departmentCode().equals(d)))
                    .orElse(false);
        };
        if (!may) {
            throw new ResourceNotFoundException();
        }
        return r;
    }

    static String enterprise(CurrentUser me) {
        if (!me.is(Role.ENTERPRISE) || me.entityUscc().isEmpty()) {
            throw new ResourceNotFoundException();
        }
        return me.entityUscc().get();
    }
}

package org.jiqitong.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.Registry;
import org.jiqitong.resources.internal.ResourceChecks;
import org.jiqitong.resources.internal.ResourceStore;
import org.jiqitong.rules.eval.Evaluation;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.RowEvaluator;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Page;
import org.jiqitong.shared.Uscc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 政府资源库: a department's policy officers write resources, submit them, and a second officer of the department
 * publishes (四眼原则) or sends back; a published resource is in the public catalogue until closed. Who may use one is a
 * condition of the rule engine, evaluated against an entity's registry facts with one explanation per condition.
 */
@Service
public class Resources {

    private final ResourceStore store;
    private final Registry registry;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    Resources(ResourceStore store, Registry registry, ApplicationEventPublisher events, java.time.Clock clock) {
        this.store = store;
        this.registry = registry;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the department's officers

    @Transactional
    public ResourceView create(NewResource r, CurrentUser officer) {
        String department = department(officer);
        ResourceChecks.draft(r);
        long id = store.insert(department, r, officer.getUsername());
        store.event(id, "CREATE", null, ResourceStatus.DRAFT, officer.getUsername(), null);
        return store.find(id).orElseThrow().view();
    }

    @Transactional
    public ResourceView update(long id, NewResource r, CurrentUser officer) {
        ResourceStore.Row row = managed(id, officer);
        row.aggregate().requireEditable();
        ResourceChecks.draft(r);
        if (r.kind() != row.view().kind()) {
            throw new ResourcesRefusedException("资源类型不能修改");
        }
        if (!store.update(id, row.version(), r)) {
            throw new ResourcesRefusedException("该资源刚刚已被他人修改,请刷新后再试");
        }
        store.event(id, "EDIT", ResourceStatus.DRAFT, ResourceStatus.DRAFT, officer.getUsername(), null);
        return store.find(id).orElseThrow().view();
    }

    /** Submits for the second officer; refused (naming the field) when it is not complete or its test cases fail. */
    @Transactional
    public ResourceView submit(long id, CurrentUser officer) {
        ResourceStore.Row row = managed(id, officer);
        Resource.Changed c = row.aggregate().submit();
        ResourceChecks.publishable(asNew(row.view()));
        store.save(c, officer.getUsername(), null);
        return store.find(id).orElseThrow().view();
    }

    @Transactional
    public ResourceView sendBack(long id, String reason, CurrentUser officer) {
        ResourceStore.Row row = managed(id, officer);
        if (reason == null || reason.isBlank()) {
            throw new ResourcesRefusedException("请写明退回的理由");
        }
        store.save(row.aggregate().sendBack(), officer.getUsername(), reason.strip());
        return store.find(id).orElseThrow().view();
    }

    /** The second officer publishes; the enterprises whose open needs it fits are told after the commit. */
    @Transactional
    public ResourceView publish(long id, CurrentUser officer) {
        ResourceStore.Row row = managed(id, officer);
        Resource.Changed c = row.aggregate().publish(officer.getUsername());
        ResourceChecks.publishable(asNew(row.view()));
        store.save(c, officer.getUsername(), null);
        events.publishEvent(new ResourcePublished(id));
        return store.find(id).orElseThrow().view();
    }

    @Transactional
    public ResourceView close(long id, String reason, CurrentUser officer) {
        ResourceStore.Row row = managed(id, officer);
        store.save(row.aggregate().close(), officer.getUsername(), reason == null || reason.isBlank() ? null : reason.strip());
        return store.find(id).orElseThrow().view();
    }

    public List<ResourceView> ofDepartment(CurrentUser staff) {
        return store.ofDepartment(staffDepartment(staff));
    }

    // ---------------------------------------------------------------- everyone

    /** The public catalogue: published resources, filtered, paged. */
    public Page<ResourceView> search(ResourceKind kind, String district, String industry, String q, int page, int size) {
        String words = q == null || q.isBlank() ? null : q.strip();
        if (words != null && words.length() > 100) {
            throw new ResourcesRefusedException("检索词不能超过100字");
        }
        return store.search(kind, blank(district), blank(industry), words, Math.max(page, 0), Math.min(Math.max(size, 1), 100));
    }

    /** A published resource for anyone; a draft or closed one for its own department's staff only (else 404). */
    public ResourceView get(long id, CurrentUser viewerOrNull) {
        ResourceView v = store.find(id).orElseThrow(ResourceNotFoundException::new).view();
        if (v.status() == ResourceStatus.PUBLISHED) {
            return v;
        }
        if (viewerOrNull != null && viewerOrNull.departmentCode().map(v.departmentCode()::equals).orElse(false)
                && !viewerOrNull.is(Role.ENTERPRISE)) {
            return v;
        }
        throw new ResourceNotFoundException();
    }

    public Map<ResourceKind, Long> publishedByKind() {
        return store.publishedByKind();
    }

    /** Who may use it, for one entity: the rule engine's verdict and its explanations (anyone when no condition). */
    public Evaluation eligibility(ResourceView r, Facts facts) {
        if (r.condition() == null || r.condition().isBlank()) {
            return new Evaluation(Verdict.ELIGIBLE, List.of());
        }
        return RowEvaluator.evaluate(ResourceChecks.rule(r.condition()), facts);
    }

    public java.util.Optional<Facts> facts(Uscc uscc) {
        return registry.facts(uscc, org.jiqitong.shared.ChinaTime.today(clock));
    }

    /** The resources of these kinds in the catalogue now. */
    public List<ResourceView> published(List<ResourceKind> kinds) {
        return store.published(kinds);
    }

    public boolean any() {
        return store.any();
    }

    static NewResource asNew(ResourceView v) {
        return new NewResource(v.kind(), v.title(), v.district(), v.industries(), v.summary(), v.terms(), v.details(),
                v.condition(), v.fixtures(), v.illustrative());
    }

    private ResourceStore.Row managed(long id, CurrentUser officer) {
        String department = department(officer);
        return store.find(id).filter(r -> r.view().departmentCode().equals(department))
                .orElseThrow(ResourceNotFoundException::new);
    }

    private static String department(CurrentUser officer) {
        if (!officer.is(Role.POLICY_OFFICER)) {
            throw new ResourceNotFoundException();
        }
        return officer.departmentCode().orElseThrow(ResourceNotFoundException::new);
    }

    static String staffDepartment(CurrentUser staff) {
        if (staff.is(Role.ENTERPRISE)) {
            throw new ResourceNotFoundException();
        }
        return staff.departmentCode().orElseThrow(ResourceNotFoundException::new);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    LocalDate today() {
        return org.jiqitong.shared.ChinaTime.today(clock);
    }
}

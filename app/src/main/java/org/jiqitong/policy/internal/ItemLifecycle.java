package org.jiqitong.policy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.ItemPublished;
import org.jiqitong.policy.ItemStatus;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.ItemWithdrawn;
import org.jiqitong.policy.NewDocument;
import org.jiqitong.policy.PolicyNotFoundException;
import org.jiqitong.policy.PolicyRefusedException;
import org.jiqitong.rules.condition.ConditionException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The item lifecycle behind {@link org.jiqitong.policy.Policies}: each step one transaction with its audit row. */
@Component
public class ItemLifecycle {

    private final ItemVersions versions;
    private final ItemChecks checks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublishedItems published;

    ItemLifecycle(ItemVersions versions, ItemChecks checks, PublishedItems published, ApplicationEventPublisher events,
            Clock clock) {
        this.versions = versions;
        this.checks = checks;
        this.published = published;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long createDocument(NewDocument document, CurrentUser actor) {
        return versions.createDocument(document);
    }

    @Transactional
    public ItemVersionView createItem(long documentId, ItemContent content, CurrentUser officer) {
        String department = officerDepartment(officer);
        versions.documentIssuedOn(documentId).orElseThrow(() -> new PolicyRefusedException("政策文件不存在"));
        validateShape(content);
        long itemId = versions.createItem(documentId, department);
        long versionId = versions.insertVersion(itemId, 1, content, officer.getUsername());
        versions.audit(versionId, officer.getUsername(), "CREATE", null, ItemStatus.DRAFT, null);
        return versions.find(versionId).orElseThrow();
    }

    @Transactional
    public ItemVersionView updateDraft(long versionId, ItemContent content, CurrentUser officer) {
        ItemVersionView current = mine(versionId, officer);
        aggregate(current).requireDraft("修改");
        validateShape(content);
        versions.updateDraft(versionId, content);
        versions.audit(versionId, officer.getUsername(), "EDIT", ItemStatus.DRAFT, ItemStatus.DRAFT, null);
        return versions.find(versionId).orElseThrow();
    }

    public List<String> check(long versionId, CurrentUser officer) {
        return reviewReasons(mine(versionId, officer));
    }

    @Transactional
    public ItemVersionView submit(long versionId, CurrentUser officer) {
        ItemVersionView v = mine(versionId, officer);
        ItemVersion version = aggregate(v);
        version.requireDraft("提交审核");
        refuseUnlessReady(v);
        version.submit();
        versions.submitted(versionId);
        versions.audit(versionId, officer.getUsername(), "SUBMIT", ItemStatus.DRAFT, version.status(), null);
        return versions.find(versionId).orElseThrow();
    }

    @Transactional
    public ItemVersionView approve(long versionId, String note, CurrentUser reviewer) {
        ItemVersionView v = mine(versionId, reviewer);
        ItemVersion version = aggregate(v);
        version.approve(reviewer.getUsername());
        refuseUnlessReady(v);
        LocalDate today = org.jiqitong.shared.ChinaTime.today(clock);
        published.changing();
        versions.published(v.itemId()).ifPresent(previous -> {
            versions.supersede(previous.versionId(), today.minusDays(1));
            versions.audit(previous.versionId(), reviewer.getUsername(), "SUPERSEDE", ItemStatus.PUBLISHED,
                    ItemStatus.SUPERSEDED, "由第" + v.version() + "版取代");
        });
        versions.published(versionId, reviewer.getUsername(), note, today);
        versions.audit(versionId, reviewer.getUsername(), "APPROVE", ItemStatus.IN_REVIEW, ItemStatus.PUBLISHED, note);
        events.publishEvent(new ItemPublished(v.itemId(), versionId, v.version()));
        return versions.find(versionId).orElseThrow();
    }

    @Transactional
    public ItemVersionView sendBack(long versionId, String note, CurrentUser reviewer) {
        if (note == null || note.isBlank()) {
            throw new PolicyRefusedException("退回修改须说明理由");
        }
        ItemVersionView v = mine(versionId, reviewer);
        aggregate(v).sendBack();
        versions.sentBack(versionId, reviewer.getUsername(), note);
        versions.audit(versionId, reviewer.getUsername(), "SEND_BACK", ItemStatus.IN_REVIEW, ItemStatus.DRAFT, note);
        return versions.find(versionId).orElseThrow();
    }

    @Transactional
    public ItemVersionView withdraw(long versionId, String reason, CurrentUser officer) {
        if (reason == null || reason.isBlank()) {
            throw new PolicyRefusedException("撤回已发布的政策事项须说明理由");
        }
        ItemVersionView v = mine(versionId, officer);
        aggregate(v).withdraw();
        published.changing();
        if (!versions.ended(versionId, ItemStatus.WITHDRAWN, org.jiqitong.shared.ChinaTime.today(clock))) {
            throw new PolicyRefusedException("该版本已不在发布状态(可能刚被撤回或已到期)");
        }
        versions.audit(versionId, officer.getUsername(), "WITHDRAW", ItemStatus.PUBLISHED, ItemStatus.WITHDRAWN, reason);
        events.publishEvent(new ItemWithdrawn(v.itemId(), versionId, ItemStatus.WITHDRAWN));
        return versions.find(versionId).orElseThrow();
    }

    @Transactional
    public ItemVersionView newVersion(long itemId, CurrentUser officer) {
        ItemVersionView published = versions.published(itemId).orElseThrow(PolicyNotFoundException::new);
        if (!published.departmentCode().equals(officerDepartment(officer))) {
            throw new PolicyNotFoundException();
        }
        long versionId;
        try {
            versionId = versions.insertVersion(itemId, versions.maxVersion(itemId) + 1, published.content(),
                    officer.getUsername());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new PolicyRefusedException("该事项已有未完成的草稿或待审核版本");
        }
        versions.audit(versionId, officer.getUsername(), "NEW_VERSION", null, ItemStatus.DRAFT,
                "基于第" + published.version() + "版");
        return versions.find(versionId).orElseThrow();
    }

    @Transactional
    public int expireDue(LocalDate today) {
        int expired = 0;
        for (long versionId : versions.publishedWithDocumentEndedBefore(today)) {
            ItemVersionView v = versions.find(versionId).orElseThrow();
            published.changing();
            if (!versions.ended(versionId, ItemStatus.EXPIRED, today.minusDays(1))) {
                continue; // a second run (another instance, a retry) got there first: one audit row, one event
            }
            versions.audit(versionId, "system", "EXPIRE", ItemStatus.PUBLISHED, ItemStatus.EXPIRED, "政策文件有效期已届满");
            events.publishEvent(new ItemWithdrawn(v.itemId(), versionId, ItemStatus.EXPIRED));
            expired++;
        }
        return expired;
    }

    public Optional<ItemVersionView> find(long versionId) {
        return versions.find(versionId);
    }

    public Optional<ItemVersionView> visible(long versionId, CurrentUser caller) {
        return versions.find(versionId).filter(v -> v.status() == ItemStatus.PUBLISHED
                || (caller != null && caller.is(Role.POLICY_OFFICER)
                        && caller.departmentCode().map(v.departmentCode()::equals).orElse(false)));
    }

    public List<ItemVersionView> published() {
        return new java.util.ArrayList<>(published.views());
    }

    public List<org.jiqitong.policy.CompiledItem> publishedCompiled() {
        return published.compiled();
    }

    public List<org.jiqitong.policy.CompiledItem> publishedCompiledNow() {
        return published.compiledNow();
    }

    public Optional<org.jiqitong.policy.CompiledItem> publishedItem(long itemId) {
        return published.compiledNow(itemId);
    }

    public List<ItemVersionView> ofDepartment(CurrentUser officer) {
        return versions.ofDepartment(officerDepartment(officer));
    }

    public List<String> hygiene(CurrentUser officer, LocalDate today) {
        List<ItemVersionView> mine = versions.ofDepartment(officerDepartment(officer));
        List<String> warnings = new java.util.ArrayList<>();
        java.util.Map<String, ItemVersionView> byName = new java.util.HashMap<>();
        for (ItemVersionView v : mine) {
            boolean live = v.status() == ItemStatus.PUBLISHED || v.status() == ItemStatus.DRAFT || v.status() == ItemStatus.IN_REVIEW;
            if (!live) {
                continue;
            }
            String key = v.content().name().replaceAll("[\\s\\p{Punct}()()·、,,。]", "");
            ItemVersionView twin = byName.putIfAbsent(key, v);
            if (twin != null && twin.itemId() != v.itemId()) {
                warnings.add("疑似重复:事项 #" + twin.itemId() + " 与 #" + v.itemId() + " 名称相同(" + v.content().name() + ")");
            }
            if (v.status() == ItemStatus.PUBLISHED) {
                var c = v.content();
                if (c.contactPerson() == null || c.contactPerson().isBlank() || c.contactPhone() == null
                        || c.contactPhone().isBlank()) {
                    warnings.add("缺少联系方式:已发布的事项 #" + v.itemId() + "(" + c.name() + ")未注明负责人或电话");
                }
                if (c.windowTo() != null && c.windowTo().isBefore(today)) {
                    warnings.add("申报已截止:事项 #" + v.itemId() + "(" + c.name() + ")于 " + c.windowTo() + " 截止,仍在发布中");
                }
                versions.documentValidTo(v.documentId()).filter(end -> !end.isAfter(today.plusDays(30))).ifPresent(end ->
                        warnings.add("即将失效:事项 #" + v.itemId() + "(" + c.name() + ")所依据的文件于 " + end + " 到期"));
            }
        }
        return warnings;
    }

    public List<org.jiqitong.policy.DocumentView> documents() {
        return versions.documents();
    }

    public List<String> auditTrail(long versionId) {
        return versions.auditTrail(versionId);
    }

    public List<org.jiqitong.policy.AuditEntry> auditEntries(long versionId) {
        return versions.auditEntries(versionId);
    }

    /** Every reason the version may not go to (or through) review. */
    private List<String> reviewReasons(ItemVersionView v) {
        return checks.forReview(v.content(), versions.documentIssuedOn(v.documentId()).orElseThrow());
    }

    private void refuseUnlessReady(ItemVersionView v) {
        List<String> reasons = reviewReasons(v);
        if (!reasons.isEmpty()) {
            throw new PolicyRefusedException(reasons);
        }
    }

    /** The version if it belongs to the officer's department; otherwise it does not exist for them. */
    private ItemVersionView mine(long versionId, CurrentUser officer) {
        String department = officerDepartment(officer);
        return versions.find(versionId).filter(v -> v.departmentCode().equals(department))
                .orElseThrow(PolicyNotFoundException::new);
    }

    private static String officerDepartment(CurrentUser officer) {
        if (!officer.is(Role.POLICY_OFFICER)) {
            throw new PolicyRefusedException("只有政策管理员可以起草、审核和发布政策事项");
        }
        return officer.departmentCode().orElseThrow(() -> new PolicyRefusedException("政策管理员须属于一个部门"));
    }

    private static ItemVersion aggregate(ItemVersionView v) {
        return new ItemVersion(v.versionId(), v.status(), v.author());
    }

    /** A draft may be incomplete, but what it says must be well formed (conditions, formula, fixtures). */
    private void validateShape(ItemContent content) {
        try {
            checks.compile(content);
        } catch (ConditionException e) {
            throw new PolicyRefusedException(e.problems().stream().map(Object::toString).toList());
        }
    }
}

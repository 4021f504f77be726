package org.jiqitong.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.internal.ItemLifecycle;
import org.springframework.stereotype.Service;

/**
 * The policy library: documents, items and their versions through the lifecycle. An officer acts only on items of
 * their own department; a published version is never edited (a change is a new version); publishing needs green
 * fixtures and a second officer of the same department.
 */
@Service
public class Policies {

    private final ItemLifecycle lifecycle;
    private final org.jiqitong.policy.internal.SeedLibraryLoader seed;
    private final org.jiqitong.policy.internal.PolicySearch search;

    Policies(ItemLifecycle lifecycle, org.jiqitong.policy.internal.SeedLibraryLoader seed,
            org.jiqitong.policy.internal.PolicySearch search) {
        this.lifecycle = lifecycle;
        this.seed = seed;
        this.search = search;
    }

    /** The published version of an item, compiled, if the item is published. */
    public java.util.Optional<CompiledItem> publishedItem(long itemId) {
        return lifecycle.publishedItem(itemId);
    }

    /** Chinese full-text search of the published items, with filters and highlighted snippets. */
    public List<SearchHit> search(PolicyQuery query) {
        return search.search(query);
    }

    /** Loads the starting content of the library when it has none; returns how many items were published. */
    public int loadSeedLibraryIfEmpty() {
        return seed.loadIfEmpty();
    }

    public long createDocument(NewDocument document, CurrentUser actor) {
        if (!actor.is(Role.POLICY_OFFICER) && !actor.is(Role.ADMIN)) {
            throw new PolicyRefusedException("只有政策管理员或系统管理员可以登记政策文件");
        }
        return lifecycle.createDocument(document, actor);
    }

    /** A new item of the officer's department under a document, as version 1 in draft. */
    public ItemVersionView createItem(long documentId, ItemContent content, CurrentUser officer) {
        return lifecycle.createItem(documentId, content, officer);
    }

    public ItemVersionView updateDraft(long versionId, ItemContent content, CurrentUser officer) {
        return lifecycle.updateDraft(versionId, content, officer);
    }

    /** Every reason the version may not go to review (invalid condition or formula with its path, failing fixtures). */
    public List<String> check(long versionId, CurrentUser officer) {
        return lifecycle.check(versionId, officer);
    }

    public ItemVersionView submit(long versionId, CurrentUser officer) {
        return lifecycle.submit(versionId, officer);
    }

    public ItemVersionView approve(long versionId, String note, CurrentUser reviewer) {
        return lifecycle.approve(versionId, note, reviewer);
    }

    public ItemVersionView sendBack(long versionId, String note, CurrentUser reviewer) {
        return lifecycle.sendBack(versionId, note, reviewer);
    }

    public ItemVersionView withdraw(long versionId, String reason, CurrentUser officer) {
        return lifecycle.withdraw(versionId, reason, officer);
    }

    /** A new draft version of a published item, copied from the published one. */
    public ItemVersionView newVersion(long itemId, CurrentUser officer) {
        return lifecycle.newVersion(itemId, officer);
    }

    /** Versions whose document has ended are expired; returns how many. Runs daily. */
    public int expireDue(LocalDate today) {
        return lifecycle.expireDue(today);
    }

    /** A version as the caller may see it: officers of its department see every state, everyone else published ones. */
    public Optional<ItemVersionView> version(long versionId, CurrentUser caller) {
        return lifecycle.visible(versionId, caller);
    }

    /** A version as stored, whatever its state now (an application keeps the version it was made under). */
    public Optional<ItemVersionView> versionOnRecord(long versionId) {
        return lifecycle.find(versionId);
    }

    public List<ItemVersionView> published() {
        return lifecycle.published();
    }

    /**
     * The published versions, compiled, as kept in memory: current at once after a change on this instance, within
     * {@code jiqitong.policy.follow-every} (2 s) after another instance's.
     */
    public List<CompiledItem> publishedCompiled() {
        return lifecycle.publishedCompiled();
    }

    /** The same, read from the database now: for sweeps, which must not act on a set another instance just changed. */
    public List<CompiledItem> publishedCompiledNow() {
        return lifecycle.publishedCompiledNow();
    }

    public List<ItemVersionView> ofMyDepartment(CurrentUser officer) {
        return lifecycle.ofDepartment(officer);
    }

    /** Library hygiene for an officer's department: items expired or ending soon, duplicate-looking, without contact. */
    public List<String> hygiene(CurrentUser officer, LocalDate today) {
        return lifecycle.hygiene(officer, today);
    }

    public List<DocumentView> documents() {
        return lifecycle.documents();
    }

    public List<String> auditTrail(long versionId) {
        return lifecycle.auditTrail(versionId);
    }

    /** The same history for people: time, actor, action and status (labels from the messages). */
    public List<AuditEntry> auditEntries(long versionId) {
        return lifecycle.auditEntries(versionId);
    }
}

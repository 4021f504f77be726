package org.jiqitong.redemption;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.matching.Matching;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.internal.Application;
import org.jiqitong.redemption.internal.ApplicationClocks;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.ApplicationEvent;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.Ratings;
import org.jiqitong.shared.BlobStore;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's side of 申报: start, fill in, attach, submit, supplement, confirm the account, rate; and reading its
 * applications. The other actors have their own services: {@link Intake} (the window), {@link Review} (the department),
 * {@link Notices} (公示), {@link Payouts} (finance), {@link ServiceResults} (跟踪问效). Every step goes through the
 * aggregate ({@code Application}): a wrong scope is "not found", a wrong status is refused, two clicks cannot both win.
 */
@Service
public class Redemption {

    public static final String SUBJECT = ApplicationClocks.SUBJECT;
    /** The one window (一窗受理) belongs to the enterprise service centre. */
    public static final String WINDOW = "SERVICE";

    private final Applications applications;
    private final Ratings ratings;
    private final ApplicationSteps steps;
    private final BlobStore blobs;
    private final Policies policies;
    private final Matching matching;
    private final Registry registry;
    private final Supervision supervision;
    private final org.jiqitong.vault.Vault vault;
    private final java.time.Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ActingOnBehalf> onBehalf;

    Redemption(Applications applications, Ratings ratings, ApplicationSteps steps, BlobStore blobs, Policies policies,
            Matching matching, Registry registry, Supervision supervision, org.jiqitong.vault.Vault vault,
            java.time.Clock clock, org.springframework.beans.factory.ObjectProvider<ActingOnBehalf> onBehalf) {
        this.onBehalf = onBehalf;
        this.applications = applications;
        this.ratings = ratings;
        this.steps = steps;
        this.blobs = blobs;
        this.policies = policies;
        this.matching = matching;
        this.registry = registry;
        this.supervision = supervision;
        this.vault = vault;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the enterprise

    /**
     * Starts an application (a draft, its form prefilled from the registry) for an item the enterprise is eligible
     * or undetermined for, within the item's window. An open application for the same item is returned instead.
     */
    @Transactional
    public ApplicationView start(long itemId, CurrentUser me) {
        return start(itemId, steps.enterprise(me), me.getUsername(), false);
    }

    /**
     * 代办: a commissioner drafts an application for an enterprise it serves, with the enterprise's live authorisation
     * (else 404); the draft's timeline says "由服务专员代办", and only the enterprise submits it.
     */
    @Transactional
    public ApplicationView startOnBehalf(long itemId, Uscc uscc, CurrentUser commissioner) {
        ActingOnBehalf authority = onBehalf.getIfAvailable();
        if (!commissioner.is(Role.COMMISSIONER) || authority == null
                || !authority.authorised(commissioner.getUsername(), uscc.value())) {
            throw new ApplicationNotFoundException();
        }
        return start(itemId, uscc, commissioner.getUsername(), true);
    }

    /** An enterprise's applications for the commissioner who serves it (else 404). */
    public List<ApplicationView> ofEntity(Uscc uscc, CurrentUser commissioner) {
        ActingOnBehalf authority = onBehalf.getIfAvailable();
        if (!commissioner.is(Role.COMMISSIONER) || authority == null
                || !authority.assigned(commissioner.getUsername(), uscc.value())) {
            throw new ApplicationNotFoundException();
        }
        return applications.ofEnterprise(uscc.value()).stream().map(steps::view).toList();
    }

    private ApplicationView start(long itemId, Uscc uscc, String actor, boolean onBehalfOf) {
        ItemVersionView item = policies.publishedItem(itemId).map(c -> c.view())
                .orElseThrow(() -> new RedemptionRefusedException("该政策未发布或已停止执行"));
        ItemContent c = item.content();
        if (Boolean.TRUE.equals(c.noApplication())) {
            throw new RedemptionRefusedException("该政策免申即享,无需申报:符合条件的企业由主管部门直接审核兑付");
        }
        LocalDate today = supervision.today();
        if (c.windowFrom() != null && today.isBefore(c.windowFrom())) {
            throw new RedemptionRefusedException("申报尚未开始,开始日期:" + c.windowFrom());
        }
        if (c.windowTo() != null && today.isAfter(c.windowTo())) {
            throw new RedemptionRefusedException("申报已截止,截止日期:" + c.windowTo());
        }
        Optional<Applications.Row> open = applications.ofEnterprise(uscc.value()).stream()
                .filter(r -> r.itemId() == itemId && !steps.closed(r.status())).findFirst();
        if (open.isPresent()) {
            return steps.view(open.get());
        }
        if (applications.grantedWithoutApplying(uscc.value(), itemId, today.getYear())) {
            throw new RedemptionRefusedException("贵单位本年度已通过免申即享享受(或正在享受)该政策,无需也不能再申报");
        }
        ItemMatch match = matching.explain(uscc, itemId, today).orElseThrow(ApplicationNotFoundException::new);
        if (match.verdict() == Verdict.INELIGIBLE) {
            throw new RedemptionRefusedException("按市场主体库的数据,贵单位暂不符合该政策的条件:" + String.join(";",
                    match.explanations().stream().filter(e -> e.outcome() == org.jiqitong.rules.eval.Outcome.FAILED)
                            .map(e -> e.wording() + "(实际:" + e.actual() + ")").toList()));
        }
        EntityProfile p = registry.profile(uscc).orElseThrow(ApplicationNotFoundException::new);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("entity_name", p.name());
        form.put("uscc", p.uscc());
        form.put("legal_representative", p.legalRepresentative() == null ? "" : p.legalRepresentative());
        form.put("address", p.address() == null ? "" : p.address());
        form.put("contact_person", "");
        form.put("contact_phone", "");
        form.put("statement", "");
        long id = applications.create(uscc.value(), itemId, item.versionId(), item.departmentCode(), form,
                match.amountFen());
        applications.event(id, onBehalfOf ? "DRAFT_ON_BEHALF" : "DRAFT", null, ApplicationStatus.DRAFT, null,
                onBehalfOf ? "由服务专员代办" : null, actor, null);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** The fields that name the applicant: always the registry's (set when the draft is made), never the form's. */
    private static final java.util.Set<String> IDENTITY = java.util.Set.of("uscc", "entity_name", "legal_representative");

    /**
     * Saves the draft's form; only the fields the form has are kept, each at most 500 characters. The identity fields
     * ({@link #IDENTITY}) are ignored: a public notice shows the registry's name beside the USCC, not a typed one.
     */
    @Transactional
    public ApplicationView saveDraft(long id, Map<String, String> form, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        applications.aggregate(r).requireDraft();
        Map<String, String> kept = new LinkedHashMap<>(r.form());
        for (String key : r.form().keySet()) {
            if (form.containsKey(key) && !IDENTITY.contains(key)) {
                String v = form.get(key) == null ? "" : form.get(key).strip();
                if (v.length() > 500) {
                    throw new RedemptionRefusedException("“" + key + "”不能超过500字");
                }
                kept.put(key, v);
            }
        }
        applications.saveForm(id, kept);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** Submits with the declaration: every required material present, contact filled in; gives the receipt number. */
    @Transactional
    public ApplicationView submit(long id, boolean declared, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        ApplicationEvent submitted = applications.aggregate(r).submit(); // written below, with the receipt
        if (!declared) {
            throw new RedemptionRefusedException("请阅读并勾选承诺:所填信息和所交材料真实、准确、完整");
        }
        ApplicationView v = steps.view(r);
        if (!v.missingMaterials().isEmpty()) {
            throw new RedemptionRefusedException("还缺少材料:" + String.join("、", v.missingMaterials()));
        }
        if (r.form().getOrDefault("contact_person", "").isBlank() || r.form().getOrDefault("contact_phone", "").isBlank()) {
            throw new RedemptionRefusedException("请填写联系人和联系电话");
        }
        LocalDate today = supervision.today();
        ItemVersionView item = steps.version(r);
        if (item.content().windowTo() != null && today.isAfter(item.content().windowTo())) {
            throw new RedemptionRefusedException("申报已截止,截止日期:" + item.content().windowTo());
        }
        String receipt = "JQT" + today.getYear() + String.format("%07d", applications.nextReceipt());
        if (!applications.submit(id, receipt)) {
            throw new RedemptionRefusedException("该申报的状态刚刚已被他人改变,请刷新后再试");
        }
        applications.handler(id, WINDOW, null, null);
        applications.event(submitted, "SUBMIT", WINDOW, null, me.getUsername(), Map.of("receipt", receipt));
        steps.moved(submitted, r, WINDOW);
        grantVaultDocuments(v, item, receipt, me);
        return steps.view(applications.find(id).orElseThrow());
    }

    /**
     * Applying is consent, recorded: the window and the item's department may read the vault documents the
     * application uses, for this application only, for a year (the enterprise may revoke it at once).
     */
    private void grantVaultDocuments(ApplicationView v, ItemVersionView item, String receipt, CurrentUser me) {
        List<Long> documents = v.materials().stream().map(ApplicationView.Material::vaultDocumentId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (documents.isEmpty()) {
            return;
        }
        java.time.OffsetDateTime until = java.time.OffsetDateTime.now(clock).plusYears(1);
        for (String department : new java.util.LinkedHashSet<>(List.of(WINDOW, item.departmentCode()))) {
            vault.grant(v.uscc(), documents, department, org.jiqitong.vault.VaultGrant.Purpose.APPLICATION,
                    "申报 " + receipt, until, me.getUsername());
        }
    }

    /** Sends the requested supplement back: the review clock runs again. */
    @Transactional
    public ApplicationView supplement(long id, String note, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        ApplicationEvent given = steps.step(r, Application::supplement, null);
        applications.event(given, "SUPPLEMENTED", r.handlerDepartment(), steps.blankToNull(note), me.getUsername(),
                null);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** Confirms the bank account the payout goes to. */
    @Transactional
    public ApplicationView confirmBank(long id, String accountName, String bankName, String accountNo, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        if (r.status() != ApplicationStatus.IN_NOTICE && r.status() != ApplicationStatus.NOTICE_PASSED) {
            throw new RedemptionRefusedException("审核通过后才能确认收款账户");
        }
        EntityProfile p = registry.profile(new Uscc(r.uscc())).orElseThrow();
        BankAccount account = BankAccount.checked(accountName, bankName, accountNo, p.name());
        applications.bank(id, account.accountName(), account.bankName(), account.accountNo());
        applications.event(id, "BANK_CONFIRMED", r.status(), r.status(), null, null, me.getUsername(), null);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** 跟踪问效: after payout, once, 1–5 with an optional comment. */
    @Transactional
    public void rate(long id, int score, String comment, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        applications.aggregate(r).requirePaid();
        if (score < 1 || score > 5) {
            throw new RedemptionRefusedException("评分应为1至5分");
        }
        if (comment != null && comment.length() > 2000) {
            throw new RedemptionRefusedException("评价内容不能超过2000字");
        }
        if (!ratings.rate(id, score, steps.blankToNull(comment))) {
            throw new RedemptionRefusedException("已经评价过了");
        }
    }

    public List<ApplicationView> mine(CurrentUser me) {
        return applications.ofEnterprise(steps.enterprise(me).value()).stream().map(steps::view).toList();
    }

    /** One application for whoever may see it: its enterprise, the window, or staff of its department. */
    public ApplicationView get(long id, CurrentUser me) {
        return steps.view(steps.visible(id, me));
    }

    /** The timeline the enterprise sees: department, time, step and reason; never staff names. */
    public List<TimelineStep> timeline(long id, CurrentUser me) {
        steps.visible(id, me);
        return applications.timeline(id);
    }
}

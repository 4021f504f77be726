package org.jiqitong.redemption;

import java.io.InputStream;
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
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.shared.BlobStore;
import org.jiqitong.registry.EntityProfile;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Money;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申报 → 受理 → 审核 → 公示: every step checks who may take it (a wrong scope is "not found"), moves the status
 * only from the state it expects (compare-and-set, so two clicks cannot both win), writes the timeline and the
 * audit, and runs the stage's clock. Payout is {@link Payouts}.
 */
@Service
public class Redemption {

    public static final String SUBJECT = "APPLICATION";
    /** The one window (一窗受理) belongs to the enterprise service centre. */
    public static final String WINDOW = "SERVICE";

    private final Applications applications;
    private final BlobStore blobs;
    private final Policies policies;
    private final Matching matching;
    private final Registry registry;
    private final Supervision supervision;
    private final int acceptanceDays;
    private final int reviewDays;
    private final int noticeDays;

    Redemption(Applications applications, BlobStore blobs, Policies policies, Matching matching, Registry registry,
            Supervision supervision, @Value("${jiqitong.redemption.acceptance-days:2}") int acceptanceDays,
            @Value("${jiqitong.redemption.review-days:10}") int reviewDays,
            @Value("${jiqitong.redemption.notice-days:5}") int noticeDays) {
        this.applications = applications;
        this.blobs = blobs;
        this.policies = policies;
        this.matching = matching;
        this.registry = registry;
        this.supervision = supervision;
        this.acceptanceDays = acceptanceDays;
        this.reviewDays = reviewDays;
        this.noticeDays = noticeDays;
    }

    // ---------------------------------------------------------------- the enterprise

    /**
     * Starts an application (a draft, its form prefilled from the registry) for an item the enterprise is eligible
     * or undetermined for, within the item's window. An open application for the same item is returned instead.
     */
    @Transactional
    public ApplicationView start(long itemId, CurrentUser me) {
        Uscc uscc = enterprise(me);
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
                .filter(r -> r.itemId() == itemId && !closed(r.status())).findFirst();
        if (open.isPresent()) {
            return view(open.get());
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
        applications.event(id, "DRAFT", null, ApplicationStatus.DRAFT, null, null, me.getUsername(), null);
        return view(applications.find(id).orElseThrow());
    }

    /** The fields that name the applicant: always the registry's (set when the draft is made), never the form's. */
    private static final java.util.Set<String> IDENTITY = java.util.Set.of("uscc", "entity_name", "legal_representative");

    /**
     * Saves the draft's form; only the fields the form has are kept, each at most 500 characters. The identity fields
     * ({@link #IDENTITY}) are ignored: a public notice shows the registry's name beside the USCC, not a typed one.
     */
    @Transactional
    public ApplicationView saveDraft(long id, Map<String, String> form, CurrentUser me) {
        Applications.Row r = own(id, me);
        requireStatus(r, ApplicationStatus.DRAFT, "只有草稿可以修改");
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
        return view(applications.find(id).orElseThrow());
    }

    /** Attaches a required material (checked by content, stored by hash). */
    @Transactional
    public ApplicationView attach(long id, String materialName, String fileName, InputStream content, CurrentUser me) {
        Applications.Row r = own(id, me);
        if (r.status() != ApplicationStatus.DRAFT && r.status() != ApplicationStatus.SUPPLEMENT) {
            throw new RedemptionRefusedException("当前状态不能上传材料");
        }
        requireMaterial(r, materialName);
        BlobStore.Blob blob;
        try {
            blob = blobs.store(content);
        } catch (org.jiqitong.shared.UploadRefusedException e) {
            throw new RedemptionRefusedException(e.getMessage());
        }
        applications.material(id, materialName, blob.sha256(), BlobStore.displayName(fileName, "未命名"), false);
        return view(applications.find(id).orElseThrow());
    }

    /** Uses a material the enterprise gave for an earlier application (not asked for twice). */
    @Transactional
    public ApplicationView reuse(long id, String materialName, String sha256, CurrentUser me) {
        Applications.Row r = own(id, me);
        if (r.status() != ApplicationStatus.DRAFT && r.status() != ApplicationStatus.SUPPLEMENT) {
            throw new RedemptionRefusedException("当前状态不能更换材料");
        }
        requireMaterial(r, materialName);
        ApplicationView.Material earlier = applications.earlierMaterials(r.uscc(), id).stream()
                .filter(m -> m.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new RedemptionRefusedException("没有找到贵单位以前提交过的这份材料"));
        applications.material(id, materialName, earlier.sha256(), earlier.fileName(), true);
        return view(applications.find(id).orElseThrow());
    }

    /** Materials given for earlier applications, offered again. */
    public List<ApplicationView.Material> earlierMaterials(long id, CurrentUser me) {
        Applications.Row r = own(id, me);
        return applications.earlierMaterials(r.uscc(), id);
    }

    /** Submits with the declaration: every required material present, contact filled in; gives the receipt number. */
    @Transactional
    public ApplicationView submit(long id, boolean declared, CurrentUser me) {
        Applications.Row r = own(id, me);
        requireStatus(r, ApplicationStatus.DRAFT, "该申报已提交");
        if (!declared) {
            throw new RedemptionRefusedException("请阅读并勾选承诺:所填信息和所交材料真实、准确、完整");
        }
        ApplicationView v = view(r);
        if (!v.missingMaterials().isEmpty()) {
            throw new RedemptionRefusedException("还缺少材料:" + String.join("、", v.missingMaterials()));
        }
        if (r.form().getOrDefault("contact_person", "").isBlank() || r.form().getOrDefault("contact_phone", "").isBlank()) {
            throw new RedemptionRefusedException("请填写联系人和联系电话");
        }
        LocalDate today = supervision.today();
        ItemVersionView item = version(r);
        if (item.content().windowTo() != null && today.isAfter(item.content().windowTo())) {
            throw new RedemptionRefusedException("申报已截止,截止日期:" + item.content().windowTo());
        }
        String receipt = "JQT" + today.getYear() + String.format("%07d", applications.nextReceipt());
        if (!applications.submit(id, receipt)) {
            throw new RedemptionRefusedException("该申报的状态刚刚已被他人改变,请刷新后再试");
        }
        applications.handler(id, WINDOW, null, null);
        applications.event(id, "SUBMIT", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, WINDOW, null,
                me.getUsername(), Map.of("receipt", receipt));
        supervision.start(SUBJECT, id, "ACCEPTANCE", WINDOW, title(r, item), acceptanceDays, today);
        return view(applications.find(id).orElseThrow());
    }

    /** Sends the requested supplement back: the review clock runs again. */
    @Transactional
    public ApplicationView supplement(long id, String note, CurrentUser me) {
        Applications.Row r = own(id, me);
        requireStatus(r, ApplicationStatus.SUPPLEMENT, "没有待补正的内容");
        cas(r, ApplicationStatus.SUPPLEMENT, ApplicationStatus.IN_REVIEW);
        applications.event(id, "SUPPLEMENTED", ApplicationStatus.SUPPLEMENT, ApplicationStatus.IN_REVIEW,
                r.handlerDepartment(), blankToNull(note), me.getUsername(), null);
        supervision.resume(SUBJECT, id, "REVIEW", supervision.today());
        return view(applications.find(id).orElseThrow());
    }

    /** Confirms the bank account the payout goes to. */
    @Transactional
    public ApplicationView confirmBank(long id, String accountName, String bankName, String accountNo, CurrentUser me) {
        Applications.Row r = own(id, me);
        if (r.status() != ApplicationStatus.IN_NOTICE && r.status() != ApplicationStatus.NOTICE_PASSED) {
            throw new RedemptionRefusedException("审核通过后才能确认收款账户");
        }
        EntityProfile p = registry.profile(new Uscc(r.uscc())).orElseThrow();
        BankAccount account = BankAccount.checked(accountName, bankName, accountNo, p.name());
        applications.bank(id, account.accountName(), account.bankName(), account.accountNo());
        applications.event(id, "BANK_CONFIRMED", r.status(), r.status(), null, null, me.getUsername(), null);
        return view(applications.find(id).orElseThrow());
    }

    /** 跟踪问效: after payout, once, 1–5 with an optional comment. */
    @Transactional
    public void rate(long id, int score, String comment, CurrentUser me) {
        Applications.Row r = own(id, me);
        requireStatus(r, ApplicationStatus.PAID, "兑付完成后才能评价");
        if (score < 1 || score > 5) {
            throw new RedemptionRefusedException("评分应为1至5分");
        }
        if (comment != null && comment.length() > 2000) {
            throw new RedemptionRefusedException("评价内容不能超过2000字");
        }
        if (!applications.rate(id, score, blankToNull(comment))) {
            throw new RedemptionRefusedException("已经评价过了");
        }
    }

    public List<ApplicationView> mine(CurrentUser me) {
        return applications.ofEnterprise(enterprise(me).value()).stream().map(this::view).toList();
    }

    /** One application for whoever may see it: its enterprise, the window, or staff of its department. */
    public ApplicationView get(long id, CurrentUser me) {
        return view(visible(id, me));
    }

    /** The timeline the enterprise sees: department, time, step and reason; never staff names. */
    public List<TimelineStep> timeline(long id, CurrentUser me) {
        visible(id, me);
        return applications.timeline(id);
    }

    // ---------------------------------------------------------------- the window (CLERK)

    public List<ApplicationView> windowQueue(CurrentUser clerk) {
        requireRole(clerk, Role.CLERK);
        return applications.withStatus(ApplicationStatus.SUBMITTED, null).stream().map(this::view).toList();
    }

    /**
     * Accepts: handled directly by the window (直办) or transferred to the item's department (转办); either way
     * the review clock starts.
     */
    @Transactional
    public ApplicationView accept(long id, boolean direct, String category, CurrentUser clerk) {
        requireRole(clerk, Role.CLERK);
        Applications.Row r = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        requireStatus(r, ApplicationStatus.SUBMITTED, "该申报不在待受理状态");
        String handler = direct ? WINDOW : r.itemDepartment();
        cas(r, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW);
        applications.handler(id, handler, direct ? "DIRECT" : "TRANSFER", blankToNull(category));
        applications.event(id, direct ? "ACCEPT_DIRECT" : "ACCEPT_TRANSFER", ApplicationStatus.SUBMITTED,
                ApplicationStatus.IN_REVIEW, handler, blankToNull(category), clerk.getUsername(),
                Map.of("handler", handler));
        supervision.finish(SUBJECT, id, "ACCEPTANCE");
        LocalDate today = supervision.today();
        if (supervision.clock(SUBJECT, id, "REVIEW").isPresent()) {
            supervision.reassign(SUBJECT, id, "REVIEW", handler);
        } else {
            supervision.start(SUBJECT, id, "REVIEW", handler, title(r, version(r)), reviewDays, today);
        }
        return view(applications.find(id).orElseThrow());
    }

    /** Refuses at the window, with the reason the enterprise will read. */
    @Transactional
    public ApplicationView refuse(long id, String reason, CurrentUser clerk) {
        requireRole(clerk, Role.CLERK);
        String why = required(reason, "请填写不予受理的理由");
        Applications.Row r = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        requireStatus(r, ApplicationStatus.SUBMITTED, "该申报不在待受理状态");
        cas(r, ApplicationStatus.SUBMITTED, ApplicationStatus.REFUSED);
        applications.event(id, "REFUSE", ApplicationStatus.SUBMITTED, ApplicationStatus.REFUSED, WINDOW, why,
                clerk.getUsername(), null);
        supervision.finish(SUBJECT, id, "ACCEPTANCE");
        return view(applications.find(id).orElseThrow());
    }

    // ---------------------------------------------------------------- the department (REVIEWER)

    public List<ApplicationView> reviewQueue(CurrentUser reviewer) {
        requireRole(reviewer, Role.REVIEWER);
        String dept = reviewer.departmentCode().orElseThrow(ApplicationNotFoundException::new);
        return java.util.stream.Stream.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.SUPPLEMENT,
                ApplicationStatus.IN_NOTICE).flatMap(s -> applications.withStatus(s, dept).stream()).map(this::view)
                .toList();
    }

    /** A wrongly routed case goes back to the window with the reason; the window decides again. */
    @Transactional
    public ApplicationView sendBack(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = handled(id, reviewer);
        String why = required(reason, "请填写退回窗口的理由");
        requireStatus(r, ApplicationStatus.IN_REVIEW, "只有审核中的申报可以退回窗口");
        cas(r, ApplicationStatus.IN_REVIEW, ApplicationStatus.SUBMITTED);
        applications.handler(id, WINDOW, null, null);
        applications.event(id, "SEND_BACK", ApplicationStatus.IN_REVIEW, ApplicationStatus.SUBMITTED,
                r.handlerDepartment(), why, reviewer.getUsername(), null);
        return view(applications.find(id).orElseThrow());
    }

    /** Asks the enterprise to supplement; the review clock stops until it does. */
    @Transactional
    public ApplicationView requestSupplement(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = handled(id, reviewer);
        String why = required(reason, "请写明需要补正的内容");
        requireStatus(r, ApplicationStatus.IN_REVIEW, "只有审核中的申报可以要求补正");
        cas(r, ApplicationStatus.IN_REVIEW, ApplicationStatus.SUPPLEMENT);
        applications.event(id, "REQUEST_SUPPLEMENT", ApplicationStatus.IN_REVIEW, ApplicationStatus.SUPPLEMENT,
                r.handlerDepartment(), why, reviewer.getUsername(), null);
        supervision.pause(SUBJECT, id, "REVIEW", supervision.today());
        return view(applications.find(id).orElseThrow());
    }

    /**
     * Approves. An item with money has a cap that is always enforced: the formula's suggestion needs no reason,
     * any other amount (and every amount of an item assessed without a formula) does; the approval goes into public
     * notice. A declared non-monetary item is approved without an amount and is then done (审核通过, no notice, no
     * payout): nothing can be approved as money on it.
     */
    @Transactional
    public ApplicationView approve(long id, Long amountFen, String reason, CurrentUser reviewer) {
        Applications.Row r = handled(id, reviewer);
        requireStatus(r, ApplicationStatus.IN_REVIEW, "只有审核中的申报可以审核通过");
        ItemVersionView item = version(r);
        Long cap = item.content().capFen();
        if (cap == null) {
            if (amountFen != null && amountFen != 0) {
                throw new RedemptionRefusedException("该政策不涉及资金,不能核定金额");
            }
            cas(r, ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED);
            applications.event(id, "APPROVE", ApplicationStatus.IN_REVIEW, ApplicationStatus.APPROVED,
                    r.handlerDepartment(), blankToNull(reason), reviewer.getUsername(), null);
            supervision.finish(SUBJECT, id, "REVIEW");
            return view(applications.find(id).orElseThrow());
        }
        if (amountFen == null || amountFen <= 0) {
            throw new RedemptionRefusedException("核定金额应大于0");
        }
        if (amountFen > cap) {
            throw new RedemptionRefusedException("核定金额 " + Money.yuan(amountFen) + " 元超过该政策的上限 "
                    + Money.yuan(cap) + " 元");
        }
        if (blankToNull(reason) == null) {
            if (item.content().formula() == null) {
                throw new RedemptionRefusedException("该政策按实核定金额(最高 " + Money.yuan(cap) + " 元),请写明核定依据");
            }
            if (r.suggestedFen() == null || amountFen.longValue() != r.suggestedFen()) {
                throw new RedemptionRefusedException(r.suggestedFen() == null ? "无法按公式测算金额,请写明核定依据"
                        : "核定金额与按公式计算的 " + Money.yuan(r.suggestedFen()) + " 元不同,请写明理由");
            }
        }
        cas(r, ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_NOTICE);
        LocalDate today = supervision.today();
        LocalDate ends = supervision.calendar().addWorkingDays(today, noticeDays);
        applications.approved(id, amountFen, blankToNull(reason), ends);
        applications.event(id, "APPROVE", ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_NOTICE,
                r.handlerDepartment(), blankToNull(reason), reviewer.getUsername(),
                Map.of("amountFen", amountFen, "suggestedFen", r.suggestedFen() == null ? -1 : r.suggestedFen(),
                        "noticeEndsOn", ends.toString()));
        supervision.finish(SUBJECT, id, "REVIEW");
        supervision.start(SUBJECT, id, "NOTICE", r.handlerDepartment(), title(r, item), noticeDays, today);
        return view(applications.find(id).orElseThrow());
    }

    @Transactional
    public ApplicationView reject(long id, String reason, CurrentUser reviewer) {
        Applications.Row r = handled(id, reviewer);
        String why = required(reason, "请填写审核不通过的理由");
        requireStatus(r, ApplicationStatus.IN_REVIEW, "只有审核中的申报可以审核不通过");
        cas(r, ApplicationStatus.IN_REVIEW, ApplicationStatus.REJECTED);
        applications.event(id, "REJECT", ApplicationStatus.IN_REVIEW, ApplicationStatus.REJECTED,
                r.handlerDepartment(), why, reviewer.getUsername(), null);
        supervision.finish(SUBJECT, id, "REVIEW");
        return view(applications.find(id).orElseThrow());
    }

    // ---------------------------------------------------------------- public notice (公示)

    /** Anyone may object to an application in public notice; the objection must be resolved before payout. */
    @Transactional
    public long object(long id, String text) {
        String t = required(text, "请填写异议内容");
        if (t.length() > 2000) {
            throw new RedemptionRefusedException("异议内容不能超过2000字");
        }
        Applications.Row r = applications.find(id).orElseThrow(ApplicationNotFoundException::new);
        requireStatus(r, ApplicationStatus.IN_NOTICE, "该申报不在公示期");
        long objection = applications.objection(id, t);
        applications.event(id, "OBJECTION", ApplicationStatus.IN_NOTICE, ApplicationStatus.IN_NOTICE,
                r.handlerDepartment(), "公示期间收到异议", "public", Map.of("objection", objection));
        return objection;
    }

    /** The department resolves an objection: upheld ends the application, dismissed lets the notice run on. */
    @Transactional
    public ApplicationView resolveObjection(long objectionId, boolean upheld, String note, CurrentUser reviewer) {
        long id = applications.objectionApplication(objectionId).orElseThrow(ApplicationNotFoundException::new);
        Applications.Row r = handled(id, reviewer);
        String why = required(note, "请填写异议处理意见");
        applications.resolve(objectionId, upheld ? "UPHELD" : "DISMISSED", why, reviewer.getUsername());
        if (upheld) {
            cas(r, ApplicationStatus.IN_NOTICE, ApplicationStatus.REJECTED);
            applications.event(id, "OBJECTION_UPHELD", ApplicationStatus.IN_NOTICE, ApplicationStatus.REJECTED,
                    r.handlerDepartment(), why, reviewer.getUsername(), null);
            supervision.finish(SUBJECT, id, "NOTICE");
        } else {
            applications.event(id, "OBJECTION_DISMISSED", ApplicationStatus.IN_NOTICE, ApplicationStatus.IN_NOTICE,
                    r.handlerDepartment(), why, reviewer.getUsername(), null);
        }
        return view(applications.find(id).orElseThrow());
    }

    /**
     * Ends the notices whose period is over and that have no open objection: they wait for payout (finance's
     * clock starts). Runs nightly; returns how many passed.
     */
    @Transactional
    public int closeNotices(LocalDate today) {
        int passed = 0;
        for (Applications.Row r : applications.inNoticeEndedBefore(today)) {
            if (applications.openObjections(r.id()) > 0) {
                continue;
            }
            if (applications.transition(r.id(), ApplicationStatus.IN_NOTICE, ApplicationStatus.NOTICE_PASSED)) {
                applications.event(r.id(), "NOTICE_PASSED", ApplicationStatus.IN_NOTICE,
                        ApplicationStatus.NOTICE_PASSED, r.handlerDepartment(), "公示期满无异议", "system", null);
                supervision.finish(SUBJECT, r.id(), "NOTICE");
                ItemVersionView item = version(r);
                int days = item.content().payoutDays() == null ? 10 : item.content().payoutDays();
                supervision.start(SUBJECT, r.id(), "PAYOUT", "FIN", title(r, item), days, today);
                passed++;
            }
        }
        return passed;
    }

    /** Everything in public notice now, for the public page. */
    public List<PublicNotice> notices() {
        return applications.withStatus(ApplicationStatus.IN_NOTICE, null).stream().map(r -> new PublicNotice(r.id(),
                r.receiptNo(), r.form().getOrDefault("entity_name", r.uscc()), r.uscc(), version(r).content().name(),
                r.handlerDepartment(), r.approvedFen(), r.noticeEndsOn())).toList();
    }

    /** The objections to an application, for the department that handles it. */
    public List<Objection> objections(long id, CurrentUser reviewer) {
        handled(id, reviewer);
        return applications.objections(id);
    }

    /** 跟踪问效 per item ({@code byDepartment} false) or per department; staff only, a department sees its own. */
    public List<ServiceResult> results(boolean byDepartment, CurrentUser viewer) {
        if (viewer.is(Role.ENTERPRISE)) {
            throw new ApplicationNotFoundException();
        }
        boolean all = viewer.is(Role.ADMIN) || viewer.is(Role.SUPERVISOR) || viewer.is(Role.COMMISSIONER)
                || viewer.is(Role.FINANCE) || viewer.is(Role.CLERK);
        String own = viewer.departmentCode().orElse(null);
        Map<String, List<Applications.Paid>> groups = new java.util.TreeMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        Map<String, String> departments = new java.util.HashMap<>();
        Map<Long, Integer> limits = new java.util.HashMap<>();
        for (Applications.Paid p : applications.paid()) {
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
            List<Integer> scores = list.stream().map(Applications.Paid::score).filter(java.util.Objects::nonNull).toList();
            List<Applications.Paid> applied = list.stream().filter(p -> !p.noApplication()).toList();
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

    // ---------------------------------------------------------------- helpers

    private ApplicationView view(Applications.Row r) {
        ItemVersionView item = version(r);
        String name = r.form().getOrDefault("entity_name", r.uscc());
        return new ApplicationView(r.id(), r.receiptNo(), r.uscc(), name, r.itemId(), r.versionId(),
                item.content().name(), r.itemDepartment(), r.handlerDepartment(), r.handling(), r.category(),
                r.status(), r.form(), r.declared(), r.suggestedFen(), r.approvedFen(), r.amountReason(),
                r.noticeEndsOn(), r.bankConfirmed(), applications.materials(r.id()), item.content().materials(),
                r.createdAt(), r.submittedAt(), item.content().capFen(), item.content().formula() != null);
    }

    private ItemVersionView version(Applications.Row r) {
        return policies.versionOnRecord(r.versionId()).orElseThrow();
    }

    private static String title(Applications.Row r, ItemVersionView item) {
        return r.form().getOrDefault("entity_name", r.uscc()) + " · " + item.content().name();
    }

    private static boolean closed(ApplicationStatus s) {
        return s == ApplicationStatus.REFUSED || s == ApplicationStatus.REJECTED || s == ApplicationStatus.CLOSED
                || s == ApplicationStatus.PAID || s == ApplicationStatus.APPROVED;
    }

    private static Uscc enterprise(CurrentUser me) {
        if (!me.is(Role.ENTERPRISE) || me.entityUscc().isEmpty()) {
            throw new ApplicationNotFoundException();
        }
        return new Uscc(me.entityUscc().get());
    }

    private Applications.Row own(long id, CurrentUser me) {
        Uscc uscc = enterprise(me);
        return applications.find(id).filter(r -> r.uscc().equals(uscc.value()))
                .orElseThrow(ApplicationNotFoundException::new);
    }

    /** The application as handled by this reviewer's department (anything else is not found). */
    private Applications.Row handled(long id, CurrentUser reviewer) {
        if (!reviewer.is(Role.REVIEWER)) {
            throw new ApplicationNotFoundException();
        }
        String dept = reviewer.departmentCode().orElseThrow(ApplicationNotFoundException::new);
        return applications.find(id).filter(r -> dept.equals(r.handlerDepartment()))
                .orElseThrow(ApplicationNotFoundException::new);
    }

    private Applications.Row visible(long id, CurrentUser me) {
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

    private static void requireRole(CurrentUser user, Role role) {
        if (!user.is(role)) {
            throw new ApplicationNotFoundException();
        }
    }

    private static void requireStatus(Applications.Row r, ApplicationStatus expected, String message) {
        if (r.status() != expected) {
            throw new RedemptionRefusedException(message + "(当前状态:" + r.status().labelZh() + ")");
        }
    }

    private void cas(Applications.Row r, ApplicationStatus from, ApplicationStatus to) {
        if (!applications.transition(r.id(), from, to)) {
            throw new RedemptionRefusedException("该申报的状态刚刚已被他人改变,请刷新后再试");
        }
    }

    private void requireMaterial(Applications.Row r, String name) {
        if (!version(r).content().materials().contains(name)) {
            throw new RedemptionRefusedException("“" + name + "”不是该政策要求的材料");
        }
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new RedemptionRefusedException(message);
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

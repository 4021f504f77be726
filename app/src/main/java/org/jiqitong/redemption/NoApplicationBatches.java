package org.jiqitong.redemption;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.EligibleEntity;
import org.jiqitong.matching.Matching;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.BatchReports;
import org.jiqitong.redemption.internal.Batches;
import org.jiqitong.redemption.internal.ApplicationClocks.Stage;
import org.jiqitong.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 免申即享 — "主管部门直接审、财政部门负责兑": a POLICY_OFFICER starts a batch (a snapshot of who meets the item's
 * conditions, with amounts, and its hash); the item department's REVIEWER goes through the list and approves it
 * ({@link NoApplicationReview}); the list is publicly noticed; each listed
 * enterprise is told what it will receive and why, and confirms its bank account or declines (unconfirmed lines get
 * a reminder, then lapse); FINANCE pays confirmed lines through the same ledger as applications. An enterprise that
 * got the item by application (or is applying) is not listed; nobody is listed twice while a line is live.
 */
@Service
public class NoApplicationBatches {

    public static final String SUBJECT = "NO_APPLICATION_BATCH";

    /** What a batch would list now, and its hash. */
    public record Snapshot(long itemId, long versionId, LocalDate asOf, List<EligibleEntity> listed, int skipped,
            String hash) {
    }

    private final Batches batches;
    private final BatchReports reports;
    private final Applications applications;
    private final Matching matching;
    private final Policies policies;
    private final Supervision supervision;
    private org.jiqitong.jobs.Jobs jobs;
    private org.springframework.transaction.support.TransactionTemplate tx;

    /** The snapshot job's kind; one per item at a time (a second start joins it). */
    public static final String SNAPSHOT_JOB = "NO_APPLICATION_SNAPSHOT";

    /** A pause after each batch of lines: zero in production; crash tests widen the snapshot's window with it. */
    private java.time.Duration pauseBetweenBatches = java.time.Duration.ZERO;

    @org.springframework.beans.factory.annotation.Autowired
    void pause(@Value("${jiqitong.no-application.pause-between-batches:PT0S}") java.time.Duration pause) {
        this.pauseBetweenBatches = pause;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void jobs(org.jiqitong.jobs.Jobs jobs, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    NoApplicationBatches(Batches batches, BatchReports reports, Applications applications, Matching matching,
            Policies policies, Supervision supervision) {
        this.batches = batches;
        this.reports = reports;
        this.applications = applications;
        this.matching = matching;
        this.policies = policies;
        this.supervision = supervision;
    }

    /**
     * The snapshot a batch would take now, stamped {@code asOf}: everyone the platform knows to be eligible (its kept
     * verdicts and population, current to the last processed registry change) with the computed amount, minus those
     * who got or are getting the item otherwise. The hash covers the rule version, the day and every (USCC, amount).
     */
    public Snapshot snapshot(long itemId, LocalDate asOf) {
        ItemVersionView item = noApplicationItem(itemId);
        List<EligibleEntity> listed = new ArrayList<>();
        int skipped = 0;
        java.util.Set<String> live = batches.liveUsccs(itemId);
        java.util.Set<String> applied = applications.receivedOrInProgress(itemId, asOf.getYear());
        for (EligibleEntity e : matching.eligibleWithAmounts(itemId)) {
            if (live.contains(e.uscc()) || applied.contains(e.uscc())) {
                skipped++;
            } else {
                listed.add(e);
            }
        }
        return new Snapshot(itemId, item.versionId(), asOf, listed, skipped, hash(item.versionId(), asOf, listed));
    }

    static String hash(long versionId, LocalDate asOf, List<EligibleEntity> listed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("jiqitong-no-application-batch/1\nversion:" + versionId + "\nasOf:" + asOf + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            listed.stream().sorted(java.util.Comparator.comparing(EligibleEntity::uscc))
                    .forEach(e -> sha.update((e.uscc() + "|" + e.amountFen() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A POLICY_OFFICER of the item's department asks for a batch: checked at once (scope, no open batch), then taken
     * as a job in the background (the snapshot of a city-sized list is no work for a web request). A second request
     * while one is being taken joins it ({@link org.jiqitong.jobs.JobView#joined()}). The job's result is
     * {@code {"batchId": …}}.
     */
    public org.jiqitong.jobs.JobView requestStart(long itemId, CurrentUser officer) {
        checkStart(itemId, officer);
        return jobs.submit(SNAPSHOT_JOB, "item-" + itemId, officer.getUsername(), progress -> {
            progress.step("比对市场主体库与政策条件,生成名单 (taking the snapshot)");
            long id = tx.execute(status -> start(itemId, officer, progress));
            return java.util.Map.of("batchId", id);
        });
    }

    private ItemVersionView checkStart(long itemId, CurrentUser officer) {
        ItemVersionView item = noApplicationItem(itemId);
        if (!officer.is(Role.POLICY_OFFICER)
                || !officer.departmentCode().map(item.departmentCode()::equals).orElse(false)) {
            throw new ApplicationNotFoundException();
        }
        if (batches.openBatch(itemId).isPresent()) {
            throw new RedemptionRefusedException("该政策已有未办结的免申即享批次");
        }
        return item;
    }

    /** Takes the batch now (one open batch per item); the job of {@link #requestStart} runs this. */
    @Transactional
    public long start(long itemId, CurrentUser officer) {
        return start(itemId, officer, null);
    }

    private long start(long itemId, CurrentUser officer, org.jiqitong.jobs.Work.Progress progress) {
        ItemVersionView item = checkStart(itemId, officer);
        LocalDate today = supervision.today();
        Snapshot s = snapshot(itemId, today);
        if (s.listed().isEmpty()) {
            throw new RedemptionRefusedException("目前没有符合条件且尚未享受该政策的企业");
        }
        long id = batches.create(itemId, item.versionId(), item.content().name(), item.departmentCode(), today, s.hash(),
                officer.getUsername());
        long total = s.listed().size();
        if (progress != null) {
            progress.step("写入名单 (writing the list)");
        }
        batches.lines(id, itemId, s.listed(), written -> {
            if (progress != null) {
                progress.done(written, total);
            }
            if (!pauseBetweenBatches.isZero()) {
                try {
                    Thread.sleep(pauseBetweenBatches.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        });
        batches.event(id, null, "START", "列入 " + s.listed().size() + " 家;已享受或申报中未列入 " + s.skipped() + " 家",
                officer.getUsername());
        supervision.start(SUBJECT, id, Stage.REVIEW.name(), item.departmentCode(), "免申即享 · " + item.content().name(), 10, today);
        return id;
    }

    /** Recomputes the hash from the batch's stored list (every line, whatever became of it): true when it matches. */
    public boolean verify(long batchId, CurrentUser staff) {
        BatchView b = batch(batchId, staff);
        List<EligibleEntity> stored = batches.lines(batchId, null, null, 0, Integer.MAX_VALUE / 2).items().stream()
                .map(l -> new EligibleEntity(l.uscc(), l.entityName(), l.amountFen(), l.reasons(), l.eligibleSince()))
                .toList();
        return hash(b.versionId(), b.asOf(), stored).equals(b.hash());
    }

    public BatchView batch(long batchId, CurrentUser staff) {
        BatchView b = batches.view(batchId).orElseThrow(ApplicationNotFoundException::new);
        requireDepartmentStaff(staff, b.departmentCode());
        return b;
    }

    public List<BatchView> batchesOf(long itemId, CurrentUser staff) {
        List<BatchView> all = batches.ofItem(itemId);
        all.forEach(b -> requireDepartmentStaff(staff, b.departmentCode()));
        return all;
    }

    /** The list, filtered by state and by USCC or name, one page at a time. */
    public org.jiqitong.shared.Page<BatchLine> lines(long batchId, String state, String text, int page, int size,
            CurrentUser staff) {
        batch(batchId, staff);
        return batches.lines(batchId, state, text, page, size);
    }

    /** The listed enterprises of batches in public notice (for the public page). */
    public List<BatchLine> notices() {
        return batches.inNoticeLines();
    }

    // ---------------------------------------------------------------- reports

    /** Per item: eligible, listed, excluded (why), confirmed, paid, median days eligible → paid, and take-up. */
    public NoApplicationReport report(long itemId, CurrentUser staff) {
        ItemVersionView item = policies.publishedItem(itemId).map(c -> c.view())
                .orElseThrow(ApplicationNotFoundException::new);
        requireDepartmentStaff(staff, item.departmentCode());
        long eligible = matching.reach(itemId).map(r -> (long) r.eligible()).orElse(0L);
        return reports.report(itemId, item.content().name(), eligible);
    }

    // ---------------------------------------------------------------- helpers

    private ItemVersionView noApplicationItem(long itemId) {
        ItemVersionView item = policies.publishedItem(itemId).map(c -> c.view())
                .orElseThrow(() -> new RedemptionRefusedException("该政策未发布或已停止执行"));
        if (!Boolean.TRUE.equals(item.content().noApplication())) {
            throw new RedemptionRefusedException("该政策不是免申即享政策");
        }
        if (item.content().formula() == null) {
            throw new RedemptionRefusedException("该政策不涉及资金,无需兑付批次");
        }
        return item;
    }

    static void requireDepartmentStaff(CurrentUser staff, String department) {
        boolean ok = staff.is(Role.ADMIN) || staff.is(Role.SUPERVISOR) || staff.is(Role.FINANCE)
                || ((staff.is(Role.POLICY_OFFICER) || staff.is(Role.REVIEWER))
                        && staff.departmentCode().map(department::equals).orElse(false));
        if (!ok) {
            throw new ApplicationNotFoundException();
        }
    }
}

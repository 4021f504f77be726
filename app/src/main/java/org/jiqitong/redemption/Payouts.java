package org.jiqitong.redemption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemContent;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.internal.Application;
import org.jiqitong.redemption.internal.Application.Step;
import org.jiqitong.redemption.internal.ApplicationEvent.ApplicationClosed;
import org.jiqitong.redemption.internal.ApplicationEvent.PayoutMade;
import org.jiqitong.redemption.internal.ApplicationClocks;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.Objections;
import org.jiqitong.redemption.internal.PayoutEligibility;
import org.jiqitong.redemption.internal.Ledger;
import org.jiqitong.supervision.Supervision;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 财政兑付 through the payout ledger. A batch takes the applications whose notice passed and whose bank account is
 * confirmed, in the order they were submitted, and for each: 就高不重复 (of an exclusion group only the highest
 * amount per enterprise and year is paid, the others are closed with that reason), the yearly cap per enterprise
 * and item (beyond it: closed with the reason), the item's budget (beyond it: the application waits, and so do
 * those after it). The database enforces each of these (unique and check constraints), so a second batch, a
 * second click or a concurrent batch cannot pay twice: the line's insert fails and that candidate is skipped.
 * Paying a line is one compare-and-set per line, so a batch interrupted half-way is finished by running it again.
 */
@Service
public class Payouts {

    /** What a batch did. */
    public record BatchResult(long batchId, int lines, long totalFen, int closed, int waiting) {
    }

    private final Applications applications;
    private final Objections objections;
    private final Ledger ledger;
    private final Policies policies;
    private final Supervision supervision;
    private final TransactionTemplate tx;
    private final Redemption redemption;
    private final ApplicationClocks clocks;

    Payouts(Applications applications, Objections objections, Ledger ledger, Policies policies, Supervision supervision,
            TransactionTemplate tx, Redemption redemption, ApplicationClocks clocks) {
        this.redemption = redemption;
        this.clocks = clocks;
        this.applications = applications;
        this.objections = objections;
        this.ledger = ledger;
        this.policies = policies;
        this.supervision = supervision;
        this.tx = tx;
    }

    /** Applications whose notice passed, in payout order (confirmed bank account or not). */
    public List<ApplicationView> awaiting(CurrentUser finance) {
        requireFinance(finance);
        return applications.withStatus(ApplicationStatus.NOTICE_PASSED, null).stream()
                .map(r -> redemption.get(r.id(), finance)).toList();
    }

    public BatchResult createBatch(CurrentUser finance) {
        requireFinance(finance);
        return tx.execute(status -> batch(finance, status));
    }

    /**
     * One batch at a time (a transaction-scoped lock: a double click or a second finance officer waits, then finds
     * nothing left to pay). A batch without a line is not kept: the result's batch id is then 0.
     */
    private BatchResult batch(CurrentUser finance, TransactionStatus status) {
        ledger.lockBatching();
        List<Applications.Row> candidates = applications.awaitingPayout();
        Map<Long, Integer> open = objections.openObjectionCounts();
        long batchId = ledger.newBatch(finance.getUsername());
        int year = supervision.today().getYear();
        // 就高不重复: per enterprise and exclusion group, the highest approved amount goes first
        Map<String, Applications.Row> best = new HashMap<>();
        Map<Long, ItemContent> content = new HashMap<>();
        for (Applications.Row r : candidates) {
            ItemContent c = policies.versionOnRecord(r.versionId()).orElseThrow().content();
            content.put(r.id(), c);
            if (c.exclusionGroup() != null) {
                String key = r.uscc() + "|" + c.exclusionGroup();
                Applications.Row b = best.get(key);
                if (b == null || r.approvedFen() > b.approvedFen()) {
                    best.put(key, r);
                }
            }
        }
        int lines = 0;
        long total = 0;
        int closed = 0;
        int waiting = 0;
        Set<Long> budgetSpent = new HashSet<>();
        for (Applications.Row r : candidates) {
            ItemContent c = content.get(r.id());
            String group = c.exclusionGroup();
            boolean highest = group == null || best.get(r.uscc() + "|" + group) == r;
            // the ledger is asked only where the answer matters: the highest of a group, as before the eligibility
            PayoutEligibility asked = PayoutEligibility.of(new PayoutEligibility.Facts(r.status(), r.bankConfirmed(),
                    open.getOrDefault(r.id(), 0), group, highest,
                    group != null && highest && ledger.groupPaid(r.uscc(), group, year), budgetSpent.contains(r.itemId())));
            if (asked.verdict() != PayoutEligibility.Verdict.PAY) {
                if (asked.verdict() == PayoutEligibility.Verdict.CLOSE) {
                    close(r, asked.reason(), finance);
                    closed++;
                } else {
                    waiting++;
                }
                continue;
            }
            Object savepoint = status.createSavepoint();
            try {
                if (c.yearlyCapFen() != null && !ledger.useCap(r.uscc(), r.itemId(), year, c.yearlyCapFen(), r.approvedFen())) {
                    status.rollbackToSavepoint(savepoint);
                    close(r, PayoutEligibility.overYearlyCap(c.yearlyCapFen()).reason(), finance);
                    closed++;
                    continue;
                }
                if (c.budgetFen() != null && !ledger.useBudget(r.itemId(), c.budgetFen(), r.approvedFen())) {
                    status.rollbackToSavepoint(savepoint);
                    budgetSpent.add(r.itemId()); // PayoutEligibility makes the later ones of this item wait behind it
                    waiting++;
                    continue;
                }
                ledger.line(batchId, r, year, group);
                status.releaseSavepoint(savepoint);
            } catch (DataIntegrityViolationException e) {
                status.rollbackToSavepoint(savepoint); // another batch got there first, or another channel paid it
                if (ledger.paidThroughOtherChannel(r.uscc(), r.itemId(), year, r.channel())) {
                    close(r, PayoutEligibility.paidThroughOtherChannel(r.channel()).reason(), finance);
                    closed++;
                }
                continue;
            }
            applications.event(r.id(), "PAYOUT_SCHEDULED", ApplicationStatus.NOTICE_PASSED,
                    ApplicationStatus.NOTICE_PASSED, "FIN", null, finance.getUsername(),
                    Map.of("batch", batchId, "amountFen", r.approvedFen()));
            lines++;
            total += r.approvedFen();
        }
        if (lines == 0) {
            ledger.dropEmptyBatch(batchId);
            return new BatchResult(0, 0, 0, closed, waiting);
        }
        return new BatchResult(batchId, lines, total, closed, waiting);
    }

    private void close(Applications.Row r, String reason, CurrentUser finance) {
        Application application = applications.aggregate(r);
        ApplicationClosed closed = application.may(Step.CLOSE) ? application.close() : null;
        if (closed != null && applications.saveIfStill(closed)) {
            applications.event(closed, "CLOSE", "FIN", reason, finance.getUsername(), null);
            clocks.after(closed, r, null);
        }
    }

    public List<PayoutLine> lines(long batchId, CurrentUser finance) {
        requireFinance(finance);
        return named(ledger.lines(batchId));
    }

    private List<PayoutLine> named(List<PayoutLine> lines) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        return lines.stream().map(l -> l.withItemName(names.computeIfAbsent(l.versionId(),
                v -> policies.versionOnRecord(v).map(x -> x.content().name()).orElse("")))).toList();
    }

    public List<PayoutBatch> batches(CurrentUser finance) {
        requireFinance(finance);
        return ledger.batches();
    }

    /** Marks one line paid (the bank confirmed it): once; a second call changes nothing. */
    public boolean markPaid(long lineId, CurrentUser finance) {
        requireFinance(finance);
        Boolean done = tx.execute(status -> {
            PayoutLine l = ledger.line(lineId).orElseThrow(ApplicationNotFoundException::new);
            if (!ledger.paid(lineId)) {
                return false;
            }
            Applications.Row r = applications.find(l.applicationId()).orElseThrow();
            Application application = applications.aggregate(r);
            PayoutMade paid = application.may(Step.PAY) ? application.pay() : null;
            if (paid == null || !applications.savePaid(paid)) {
                // the line's application is no longer waiting for its payout: nothing of this step may stand
                throw new RedemptionRefusedException("兑付行 " + l.idempotencyKey() + " 的申报不在待兑付状态,未标记兑付");
            }
            applications.event(paid, "PAID", "FIN", null, finance.getUsername(),
                    Map.of("amountFen", l.amountFen(), "line", lineId));
            clocks.after(paid, r, null);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Marks every pending line of a batch paid, one transaction per line; returns how many this call paid. */
    public int payBatch(long batchId, CurrentUser finance) {
        return payBatch(batchId, finance, java.time.Duration.ZERO);
    }

    /** The same, pausing between lines (the command line's pace for a bank's confirmations). */
    public int payBatch(long batchId, CurrentUser finance, java.time.Duration pause) {
        requireFinance(finance);
        int n = 0;
        for (PayoutLine l : new ArrayList<>(ledger.lines(batchId))) {
            if (l.state().equals("PENDING") && markPaid(l.id(), finance)) {
                n++;
                if (!pause.isZero()) {
                    try {
                        Thread.sleep(pause.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return n;
                    }
                }
            }
        }
        return n;
    }

    private static void requireFinance(CurrentUser user) {
        if (!user.is(Role.FINANCE)) {
            throw new ApplicationNotFoundException();
        }
    }
}

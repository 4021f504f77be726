package org.jiqitong.notification.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiqitong.matching.EligibilityChanged;
import org.jiqitong.matching.EligibilityChangedInBulk;
import org.jiqitong.matching.ItemMatch;
import org.jiqitong.matching.Matching;
import org.jiqitong.notification.Preferences;
import org.jiqitong.rules.eval.Explanation;
import org.jiqitong.rules.eval.Outcome;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Money;
import org.jiqitong.shared.Uscc;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 政策找人: an enterprise that became eligible for an item gets one inbox message naming the item, why it
 * qualifies, the amount estimate and the deadline — and an e-mail when it opted in — unless its preferences say
 * otherwise. One message per recorded change at most, however often the event is delivered.
 */
@Component
class EligibilityMessages {

    /** Changes delivered per transaction of a bulk delivery. */
    static final int PAGE = 2_000;

    private final Matching matching;
    private final Inbox inbox;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    EligibilityMessages(Matching matching, Inbox inbox, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.matching = matching;
        this.inbox = inbox;
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(EligibilityChanged change) {
        deliver(change);
    }

    /**
     * Hundreds of thousands of changes at once: delivered page by page, each page with the cursor in its own short
     * transaction (never one transaction for all), resuming from the cursor when the publication is submitted again
     * after a stop or a crash. Deliberately not one {@code @ApplicationModuleListener} transaction.
     */
    @org.springframework.scheduling.annotation.Async
    @org.springframework.transaction.event.TransactionalEventListener
    void on(EligibilityChangedInBulk bulk) {
        deliverBulk(bulk);
    }

    /** Returns how many changes were delivered by this call. */
    long deliverBulk(EligibilityChangedInBulk bulk) {
        tx.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO notification_bulk_progress (first_change_id, last_change_id, next_change_id, updated_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (first_change_id) DO NOTHING""")
                .params(bulk.firstChangeId(), bulk.lastChangeId(), bulk.firstChangeId(), java.time.OffsetDateTime.now(clock))
                .update());
        long done = 0;
        while (true) {
            Long page = tx.execute(status -> {
                long next = jdbc.sql("SELECT next_change_id FROM notification_bulk_progress WHERE first_change_id = ? FOR UPDATE")
                        .param(bulk.firstChangeId()).query(Long.class).single();
                if (next > bulk.lastChangeId()) {
                    return null;
                }
                List<EligibilityChanged> changes = matching.changes(next, bulk.lastChangeId(), PAGE);
                deliverPage(changes);
                long after = changes.isEmpty() ? bulk.lastChangeId() + 1 : changes.get(changes.size() - 1).changeId() + 1;
                jdbc.sql("""
                        UPDATE notification_bulk_progress SET next_change_id = ?, delivered = delivered + ?, updated_at = ?
                        WHERE first_change_id = ?""").params(after, changes.size(), java.time.OffsetDateTime.now(clock),
                        bulk.firstChangeId()).update();
                return (long) changes.size();
            });
            if (page == null) {
                return done;
            }
            done += page;
        }
    }

    /** Returns the message id when one was delivered. */
    Optional<Long> deliver(EligibilityChanged change) {
        if (!change.newlyEligible()) {
            return Optional.empty();
        }
        Preferences preferences = inbox.preferences(change.uscc());
        Optional<Inbox.NewMessage> message = matching.explain(new Uscc(change.uscc()), change.itemId(),
                ChinaTime.today(clock)).flatMap(m -> message(change, m, preferences));
        return message.flatMap(m -> inbox.deliver(m, preferences.emailOptIn() ? preferences.email() : null));
    }

    /**
     * A page of a bulk delivery: the newly eligible among the changes, their preferences in one query, their
     * explanations from the kept population, the messages in one batch — a few statements for the page instead of
     * seven per change.
     */
    void deliverPage(List<EligibilityChanged> changes) {
        List<EligibilityChanged> newly = changes.stream().filter(EligibilityChanged::newlyEligible).toList();
        if (newly.isEmpty()) {
            return;
        }
        Map<String, Preferences> preferences = inbox.preferences(newly.stream().map(EligibilityChanged::uscc)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, ItemMatch> matches = matching.explainAll(newly, ChinaTime.today(clock));
        List<Inbox.NewMessage> messages = new ArrayList<>();
        List<String> mails = new ArrayList<>();
        for (EligibilityChanged change : newly) {
            Preferences p = preferences.get(change.uscc());
            Optional.ofNullable(matches.get(change.changeId())).flatMap(m -> message(change, m, p)).ifPresent(m -> {
                messages.add(m);
                mails.add(p.emailOptIn() ? p.email() : null);
            });
        }
        inbox.deliverAll(messages, mails);
    }

    /** The message of a change, when it still holds and the enterprise wants to hear of the item. */
    private static Optional<Inbox.NewMessage> message(EligibilityChanged change, ItemMatch m, Preferences preferences) {
        if (m.verdict() != Verdict.ELIGIBLE || m.versionId() != change.versionId()) {
            return Optional.empty(); // changed again since, or withdrawn: a later change tells
        }
        if (!preferences.wants(m.benefitType(), m.departmentCode())) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (Explanation e : m.explanations()) {
            if (e.outcome() == Outcome.MET) {
                reasons.add(e.wording() + ":" + e.actual() + (e.citation() == null ? "" : "(依据:" + e.citation() + ")"));
            }
        }
        StringBuilder body = new StringBuilder("根据市场主体库的最新数据,贵单位符合「" + m.name() + "」的条件。");
        if (m.amountFen() != null) {
            body.append("预计可享受 ").append(Money.yuan(m.amountFen())).append(" 元")
                    .append(m.amountIllustrative() ? "(示意金额,以审核为准)" : "(以审核为准)").append("。");
        }
        if (Boolean.TRUE.equals(m.noApplication())) {
            body.append("本政策免申即享,无需申报。");
        } else {
            body.append(m.deadline() == null ? "常年受理。" : "申报截止日期:" + m.deadline() + "。");
        }
        StringBuilder en = new StringBuilder("By the registry's latest data, your enterprise qualifies for \u201c" + m.name()
                + "\u201d (title as published, in Chinese).");
        if (m.amountFen() != null) {
            en.append(" Expected amount: CNY ").append(Money.yuan(m.amountFen()))
                    .append(m.amountIllustrative() ? " (illustrative, subject to review)." : " (subject to review).");
        }
        if (Boolean.TRUE.equals(m.noApplication())) {
            en.append(" No application is needed (免申即享).");
        } else {
            en.append(m.deadline() == null ? " Applications are accepted all year." : " Apply by " + m.deadline() + ".");
        }
        return Optional.of(new Inbox.NewMessage(change.uscc(), change.changeId(), change.itemId(),
                "您可以享受:" + m.name(), body.toString(), reasons, m.amountFen(), m.deadline(),
                "You qualify: " + m.name(), en.toString()));
    }
}

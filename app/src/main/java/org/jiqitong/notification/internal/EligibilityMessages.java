package org.jiqitong.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private final Matching matching;
    private final Inbox inbox;
    private final Clock clock;

    EligibilityMessages(Matching matching, Inbox inbox, Clock clock) {
        this.matching = matching;
        this.inbox = inbox;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EligibilityChanged change) {
        deliver(change);
    }

    @ApplicationModuleListener
    void on(EligibilityChangedInBulk bulk) {
        long next = bulk.firstChangeId();
        while (next <= bulk.lastChangeId()) {
            List<EligibilityChanged> page = matching.changes(next, bulk.lastChangeId(), 1000);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(this::deliver);
            next = page.get(page.size() - 1).changeId() + 1;
        }
    }

    /** Returns the message id when one was delivered. */
    Optional<Long> deliver(EligibilityChanged change) {
        if (!change.newlyEligible()) {
            return Optional.empty();
        }
        Uscc uscc = new Uscc(change.uscc());
        Preferences preferences = inbox.preferences(change.uscc());
        LocalDate today = ChinaTime.today(clock);
        Optional<ItemMatch> now = matching.explain(uscc, change.itemId(), today);
        if (now.isEmpty() || now.get().verdict() != Verdict.ELIGIBLE || now.get().versionId() != change.versionId()) {
            return Optional.empty(); // changed again since, or withdrawn: a later change tells
        }
        ItemMatch m = now.get();
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
        return inbox.deliver(new Inbox.NewMessage(change.uscc(), change.changeId(), change.itemId(),
                "您可以享受:" + m.name(), body.toString(), reasons, m.amountFen(), m.deadline()),
                preferences.emailOptIn() ? preferences.email() : null);
    }
}

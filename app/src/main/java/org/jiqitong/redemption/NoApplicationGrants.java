package org.jiqitong.redemption;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.notification.Notifications;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.internal.ApplicationClocks;
import org.jiqitong.redemption.internal.ApplicationClocks.Stage;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.BatchObjections;
import org.jiqitong.redemption.internal.Batches;
import org.jiqitong.shared.Bilingual;
import org.jiqitong.shared.Money;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 免申即享 after its public notice: the enterprises are told what they will receive and why, confirm their account (the
 * line becomes a payout waiting for finance) or decline; one reminder, then the line lapses. The batches themselves
 * (snapshot, review, notice, objections) are {@link NoApplicationBatches}.
 */
@Service
public class NoApplicationGrants {

    private static final String SUBJECT = NoApplicationBatches.SUBJECT;

    private final Batches batches;
    private final BatchObjections objections;
    private final Applications applications;
    private final Policies policies;
    private final Notifications notifications;
    private final Supervision supervision;
    private final ApplicationClocks clocks;
    private final int confirmDays;

    NoApplicationGrants(Batches batches, BatchObjections objections, Applications applications, Policies policies,
            Notifications notifications, Supervision supervision, ApplicationClocks clocks,
            @Value("${jiqitong.no-application.confirm-days:10}") int confirmDays) {
        this.batches = batches;
        this.objections = objections;
        this.applications = applications;
        this.policies = policies;
        this.notifications = notifications;
        this.supervision = supervision;
        this.clocks = clocks;
        this.confirmDays = confirmDays;
    }

    /**
     * Nightly: batches whose notice ended without open objections go to confirmation (each listed enterprise is told
     * what it will receive, for which item and why); lines not confirmed by the reminder day get one reminder, and lapse
     * after the deadline; a batch whose lines are all decided closes.
     */
    @Transactional
    public void daily(LocalDate today) {
        for (BatchView b : batches.noticeEndedBefore(today)) {
            if (objections.openObjections(b.id()) > 0) {
                continue;
            }
            LocalDate remind = supervision.calendar().addWorkingDays(today, Math.max(1, confirmDays / 2));
            LocalDate by = supervision.calendar().addWorkingDays(today, confirmDays);
            if (!batches.confirming(b.id(), remind, by)) {
                continue;
            }
            supervision.finish(SUBJECT, b.id(), Stage.NOTICE.name());
            for (BatchLine l : batches.all(b.id(), "LISTED")) {
                batches.setState(b.id(), l.uscc(), "LISTED", "NOTIFIED", null);
                notifications.tell(new Uscc(l.uscc()), "NOAPP-" + b.id() + "-" + l.uscc(), b.itemId(),
                        new Bilingual("免申即享:" + b.itemName() + ",请确认收款账户",
                                "免申即享 (no application needed): " + b.itemName() + " — please confirm your account"),
                        new Bilingual("贵单位符合「" + b.itemName() + "」的条件,无需申报,将获得 " + Money.yuan(l.amountFen())
                                + " 元。请在 " + by + " 前登录平台确认收款账户(或选择放弃)。",
                                "Your enterprise qualifies for \u201c" + b.itemName() + "\u201d without applying and will "
                                        + "receive CNY " + Money.yuan(l.amountFen()) + ". Please sign in and confirm the "
                                        + "receiving account (or decline) by " + by + "."), l.reasons(), l.amountFen(), by);
            }
            batches.event(b.id(), null, "NOTICE_PASSED", "请企业在 " + by + " 前确认", "system");
        }
        for (BatchView b : batches.confirmingBatches()) {
            if (b.remindOn() != null && !today.isBefore(b.remindOn())) {
                for (BatchLine l : batches.unreminded(b.id())) {
                    notifications.tell(new Uscc(l.uscc()), "NOAPP-REMIND-" + b.id() + "-" + l.uscc(), b.itemId(),
                            new Bilingual("提醒:免申即享「" + b.itemName() + "」尚待确认",
                                    "Reminder: \u201c" + b.itemName() + "\u201d (免申即享) awaits your confirmation"),
                            new Bilingual("请在 " + b.confirmBy() + " 前确认收款账户,逾期视为放弃本批次。",
                                    "Please confirm the receiving account by " + b.confirmBy()
                                            + "; after that day this batch counts as declined."),
                            l.reasons(), l.amountFen(), b.confirmBy());
                    batches.reminded(b.id(), l.uscc());
                }
            }
            if (b.confirmBy() != null && today.isAfter(b.confirmBy())) {
                for (BatchLine l : batches.all(b.id(), "NOTIFIED")) {
                    batches.setState(b.id(), l.uscc(), "NOTIFIED", "LAPSED", "逾期未确认(截止 " + b.confirmBy() + ")");
                    batches.event(b.id(), l.uscc(), "LAPSE", "逾期未确认", "system");
                }
            }
            if (batches.all(b.id(), "NOTIFIED").isEmpty()) {
                batches.close(b.id());
                batches.event(b.id(), null, "CLOSE", null, "system");
            }
        }
    }

    /** The lines offered to the enterprise (told, confirmed, declined or lapsed). */
    public List<BatchLine> mine(CurrentUser me) {
        return batches.ofEnterprise(enterprise(me).value());
    }

    /** Confirms the bank account: the line becomes a payout waiting for finance; returns the application's id. */
    @Transactional
    public long confirm(long batchId, String accountName, String bankName, String accountNo, CurrentUser me) {
        Uscc uscc = enterprise(me);
        BatchLine l = batches.lineForUpdate(batchId, uscc.value()).orElseThrow(ApplicationNotFoundException::new);
        if (l.state().equals("CONFIRMED") && l.applicationId() != null) {
            return l.applicationId(); // a double click: the first confirm's application is the answer of both
        }
        if (!l.state().equals("NOTIFIED")) {
            throw new RedemptionRefusedException("该笔已处理,不能再确认");
        }
        BatchView b = batches.view(batchId).orElseThrow();
        BankAccount account = BankAccount.checked(accountName, bankName, accountNo, l.entityName());
        LocalDate today = supervision.today();
        String receipt = "JQM" + today.getYear() + String.format("%07d", applications.nextReceipt());
        long appId = applications.createConfirmed(uscc.value(), b.itemId(), b.versionId(), b.departmentCode(),
                l.entityName(), l.amountFen(), receipt, account.accountName(), account.bankName(), account.accountNo());
        applications.event(appId, "NO_APPLICATION", null, ApplicationStatus.NOTICE_PASSED, b.departmentCode(),
                "免申即享:" + String.join(";", l.reasons()), "system", java.util.Map.of("batch", batchId));
        applications.event(appId, "BANK_CONFIRMED", ApplicationStatus.NOTICE_PASSED, ApplicationStatus.NOTICE_PASSED,
                null, null, me.getUsername(), null);
        if (!batches.confirmed(batchId, uscc.value(), appId)) {
            throw new RedemptionRefusedException("该笔已处理");
        }
        batches.event(batchId, uscc.value(), "CONFIRM", null, me.getUsername());
        Integer promised = policies.versionOnRecord(b.versionId()).map(v -> v.content().payoutDays()).orElse(null);
        int days = promised == null ? 10 : promised;
        clocks.grantAwaitsPayout(appId, l.entityName() + " · " + b.itemName(), days);
        return appId;
    }

    @Transactional
    public void decline(long batchId, String reason, CurrentUser me) {
        Uscc uscc = enterprise(me);
        if (!batches.setState(batchId, uscc.value(), "NOTIFIED", "DECLINED", reason == null || reason.isBlank()
                ? "企业放弃" : reason.strip())) {
            throw new ApplicationNotFoundException();
        }
        batches.event(batchId, uscc.value(), "DECLINE", reason, me.getUsername());
    }

    private static Uscc enterprise(CurrentUser me) {
        if (!me.is(Role.ENTERPRISE) || me.entityUscc().isEmpty()) {
            throw new ApplicationNotFoundException();
        }
        return new Uscc(me.entityUscc().get());
    }
}

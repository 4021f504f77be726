package org.jiqitong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.matching.EligibilityChanged;
import org.jiqitong.matching.internal.Sweeper;
import org.jiqitong.notification.InboxMessage;
import org.jiqitong.notification.Notifications;
import org.jiqitong.notification.Preferences;
import org.jiqitong.notification.PreferencesRefusedException;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 政策找人 end to end inside the application: registry deliveries → re-match → EligibilityChanged → inbox and
 * e-mail (a real SMTP server), exactly once per real change, and only what the enterprise chose to hear about.
 */
class EligibilityPushIntegrationTest extends IntegrationTest {

    @Autowired
    Registry registry;
    @Autowired
    Policies policies;
    @Autowired
    Notifications notifications;
    @Autowired
    Sweeper sweeper;
    @Autowired
    EligibilityMessages messages;
    @Autowired
    JdbcClient jdbc;

    private ItemVersionView item;

    @BeforeEach
    void item() {
        item = TestItems.publishRndAward(policies, "研发投入奖励(推送测试)" + System.nanoTime());
        eventually("the new item is swept", () -> jdbc.sql("SELECT count(*) FROM matching_result WHERE version_id = ?")
                .param(item.versionId()).query(Long.class).single() == 1);
    }

    @Test
    void aNewlyEligibleEnterpriseIsToldOnceWithWhyHowMuchAndWhenAndAResweepSendsNothing() {
        String uscc = TestUsccs.next();
        deliver(Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南推送测试科技有限公司"));
        eventually("the new entity is undetermined (no R&D figure yet)", () -> changes(uscc).equals(List.of("null>UNDETERMINED"))
                || changes(uscc).equals(List.of("INELIGIBLE>UNDETERMINED")));
        assertThat(mine(uscc)).isEmpty();

        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "2000000.00"));
        eventually("a message arrives", () -> mine(uscc).size() == 1);
        InboxMessage m = mine(uscc).get(0);
        assertThat(m.title()).isEqualTo("您可以享受:" + item.content().name());
        assertThat(m.amountFen()).isEqualTo(20_000_000L);
        assertThat(m.body()).contains("预计可享受 200,000.00 元").contains("常年受理");
        assertThat(m.reasons()).anySatisfy(r -> assertThat(r).startsWith("上一年度研发费用不低于123.45万元:2,000,000.00元")
                .contains("测试〔2026〕9号"));
        assertThat(m.unread()).isTrue();

        // the same delivery again changes nothing; a full re-sweep finds nothing new; a second delivery of the
        // same event inserts nothing
        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "2000000.00"));
        sweeper.sweepAll("TEST");
        long changeId = jdbc.sql("SELECT max(id) FROM matching_change WHERE uscc = ? AND item_id = ?")
                .params(uscc, item.itemId()).query(Long.class).single();
        assertThat(messages.deliver(new EligibilityChanged(changeId, uscc, item.itemId(), item.versionId(),
                Verdict.UNDETERMINED, Verdict.ELIGIBLE, "TEST"))).isEmpty();
        assertThat(changes(uscc)).hasSize(2);
        assertThat(mine(uscc)).hasSize(1);

        // losing and regaining eligibility is two more real changes and one more message
        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "1000000.00"));
        eventually("ineligible again", () -> changes(uscc).size() == 3);
        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "3000000.00"));
        eventually("eligible again", () -> mine(uscc).size() == 2);
        assertThat(changes(uscc)).endsWith("UNDETERMINED>ELIGIBLE", "ELIGIBLE>INELIGIBLE", "INELIGIBLE>ELIGIBLE");
        assertThat(mine(uscc).get(0).amountFen()).isEqualTo(30_000_000L);
    }

    @Test
    void anEnterpriseHearsOnlyWhatItChoseAndByMailOnlyWhenItOptedIn() {
        String muted = TestUsccs.next();
        String otherDepartment = TestUsccs.next();
        String otherType = TestUsccs.next();
        String mailed = TestUsccs.next();
        String inboxOnly = TestUsccs.next();
        List<String> all = List.of(muted, otherDepartment, otherType, mailed, inboxOnly);
        deliver(Feed.ENTITIES, "AMR", all.stream().map(u -> TestItems.entityLine(u, "济南订阅测试科技有限公司"))
                .toArray(String[]::new));
        notifications.savePreferences(new Uscc(muted), new Preferences(true, Set.of(), Set.of(), null, false));
        notifications.savePreferences(new Uscc(otherDepartment), new Preferences(false, Set.of(), Set.of("SCI"), null, false));
        notifications.savePreferences(new Uscc(otherType), new Preferences(false, Set.of(BenefitType.SUBSIDY), Set.of(), null, false));
        String address = "finance-" + mailed.substring(10) + "@example.test";
        notifications.savePreferences(new Uscc(mailed), new Preferences(false, Set.of(BenefitType.AWARD),
                Set.of("IIT", "SCI"), address, true));
        notifications.savePreferences(new Uscc(inboxOnly), new Preferences(false, Set.of(), Set.of(), "x@example.test", false));

        deliver(Feed.FIGURES, "STATS", all.stream().map(u -> TestItems.figuresLine(u, "5000000.00")).toArray(String[]::new));
        eventually("all five became eligible", () -> all.stream().allMatch(u -> {
            List<String> c = changes(u);
            return !c.isEmpty() && c.get(c.size() - 1).endsWith(">ELIGIBLE");
        }));
        eventually("the two that want it are told", () -> mine(mailed).size() == 1 && mine(inboxOnly).size() == 1);
        String subject = "【济企通】您可以享受:" + item.content().name();
        eventually("one e-mail about the item", () -> mailsTo(address, subject).size() == 1);
        MimeMessage mail = mailsTo(address, subject).get(0);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mine(muted)).isEmpty();
        assertThat(mine(otherDepartment)).isEmpty();
        assertThat(mine(otherType)).isEmpty();
        assertThat(mailsTo("x@example.test", subject)).isEmpty();
        eventually("the outbox marks it sent", () -> jdbc.sql("""
                SELECT count(*) FROM notification_mail m JOIN notification_message n ON n.id = m.message_id
                WHERE m.recipient = ? AND n.item_id = ? AND m.sent_at IS NOT NULL""")
                .params(address, item.itemId()).query(Long.class).single() == 1L);
        assertThat(mailsTo(address, subject)).hasSize(1);
    }

    @Test
    void aBulkDeliveryGoesPageByPageAndResumesWhereItWasInterrupted() {
        List<String> all = java.util.stream.IntStream.range(0, 12).mapToObj(i -> TestUsccs.next()).toList();
        deliver(Feed.ENTITIES, "AMR", all.stream().map(u -> TestItems.entityLine(u, "济南批量推送测试有限公司"))
                .toArray(String[]::new));
        deliver(Feed.FIGURES, "STATS", all.stream().map(u -> TestItems.figuresLine(u, "5000000.00")).toArray(String[]::new));
        eventually("each is told once", () -> all.stream().allMatch(u -> mine(u).size() == 1));
        List<Long> ids = jdbc.sql("""
                SELECT id FROM matching_change WHERE uscc = ANY(?) AND item_id = ? AND new_verdict = 'ELIGIBLE'
                ORDER BY id""").params(all.toArray(String[]::new), item.itemId()).query(Long.class).list();
        assertThat(ids).hasSize(12);
        List<String> inOrder = jdbc.sql("""
                SELECT uscc FROM matching_change WHERE id = ANY(?) ORDER BY id""").param(ids.toArray(Long[]::new))
                .query(String.class).list();
        // as if the messages had never gone out and a bulk delivery had stopped after the first six changes
        jdbc.sql("DELETE FROM notification_message WHERE change_id = ANY(?)").param(ids.toArray(Long[]::new)).update();
        long first = ids.get(0);
        long last = ids.get(11);
        jdbc.sql("""
                INSERT INTO notification_bulk_progress (first_change_id, last_change_id, next_change_id, updated_at)
                VALUES (?, ?, ?, now())""").params(first, last, ids.get(6)).update();
        var bulk = new org.jiqitong.matching.EligibilityChangedInBulk(first, last, 12, "TEST");

        assertThat(messages.deliverBulk(bulk)).as("changes read after the cursor").isGreaterThanOrEqualTo(6);
        assertThat(inOrder.subList(0, 6)).allSatisfy(u -> assertThat(mine(u)).as("before the cursor: not again").isEmpty());
        assertThat(inOrder.subList(6, 12)).allSatisfy(u -> assertThat(mine(u)).hasSize(1));
        assertThat(messages.deliverBulk(bulk)).as("delivered again: nothing left").isZero();
        assertThat(inOrder.subList(6, 12)).allSatisfy(u -> assertThat(mine(u)).hasSize(1));
    }

    @Test
    void preferencesWithABadAddressAreRefusedAndTheOldOnesKept() {
        Uscc uscc = new Uscc(TestUsccs.next());
        notifications.savePreferences(uscc, new Preferences(false, Set.of(BenefitType.AWARD), Set.of(), "a@b.cn", true));
        assertThatThrownBy(() -> notifications.savePreferences(uscc,
                new Preferences(false, Set.of(), Set.of(), "not-an-address", true)))
                .isInstanceOf(PreferencesRefusedException.class).hasMessageContaining("不是有效的电子邮箱地址");
        assertThatThrownBy(() -> notifications.savePreferences(uscc, new Preferences(false, Set.of(), Set.of(), " ", true)))
                .hasMessageContaining("须填写电子邮箱地址");
        assertThat(notifications.preferences(uscc).email()).isEqualTo("a@b.cn");
        assertThat(notifications.preferences(uscc).benefitTypes()).containsExactly(BenefitType.AWARD);
    }

    private void deliver(Feed feed, String source, String... lines) {
        TestItems.deliver(registry, feed, source, lines);
    }

    private List<String> changes(String uscc) {
        return jdbc.sql("SELECT old_verdict, new_verdict FROM matching_change WHERE uscc = ? AND item_id = ? ORDER BY id")
                .params(uscc, item.itemId()).query((rs, i) -> rs.getString(1) + ">" + rs.getString(2)).list();
    }

    private List<InboxMessage> mine(String uscc) {
        return notifications.inbox(new Uscc(uscc), 0, 100).items().stream()
                .filter(m -> m.itemId() != null && m.itemId() == item.itemId()).toList();
    }

    private static List<MimeMessage> mailsTo(String address, String subject) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject.equals(subject(m))).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

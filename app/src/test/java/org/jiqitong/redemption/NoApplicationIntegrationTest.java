package org.jiqitong.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.notification.Notifications;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 免申即享 batches: the snapshot and its hash, review, notice, confirmation, payout — and never twice. */
class NoApplicationIntegrationTest extends IntegrationTest {

    static final CurrentUser OFFICER = TestItems.OFFICER;
    static final CurrentUser REVIEWER = TestItems.staff("reviewer", Role.REVIEWER, "IIT");
    static final CurrentUser FINANCE = TestItems.staff("finance", Role.FINANCE, "FIN");

    @Autowired
    NoApplicationBatches batches;
    @Autowired
    NoApplicationReview batchReview;
    @Autowired
    org.jiqitong.redemption.NoApplicationGrants grants;
    @Autowired
    Payouts payouts;
    @Autowired
    Redemption redemption;
    @Autowired
    org.jiqitong.redemption.Materials materials;
    @Autowired
    org.jiqitong.redemption.Intake intake;
    @Autowired
    org.jiqitong.redemption.Notices notices;
    @Autowired
    org.jiqitong.redemption.Review review;
    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    Notifications notifications;
    @Autowired
    Supervision supervision;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.jiqitong.jobs.Jobs jobs;
    @Autowired
    org.jiqitong.matching.Matching matching;

    private String entity(String rndYuan) {
        String uscc = TestUsccs.next();
        deliver(Feed.ENTITIES, "AMR", TestItems.magicEntityLine(uscc, "济南免申测试科技有限公司"));
        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, rndYuan));
        return uscc;
    }

    private void deliver(Feed feed, String source, String line) {
        TestItems.deliver(registry, feed, source, line);
    }

    /**
     * Waits until the platform's kept verdicts and population (what a snapshot reads) have taken in the deliveries
     * just made: the snapshot lists each entity with its amount.
     */
    private void settled(long itemId, java.util.Map<String, Long> amounts) {
        eventually("the snapshot lists " + amounts, () -> {
            var listed = batches.snapshot(itemId, supervision.today()).listed();
            return amounts.entrySet().stream().allMatch(a -> listed.stream()
                    .anyMatch(e -> e.uscc().equals(a.getKey()) && e.amountFen() == a.getValue()));
        });
    }

    /** Each test uses a fresh item; entities listed by it are the ones made here. */
    private ItemVersionView item() {
        return TestItems.publishNoApplication(policies, "研发投入直补(免申测试)" + System.nanoTime(), null);
    }

    @Test
    void theSnapshotHashIsReproducibleAndChangesWithTheDataOrTheRule() {
        ItemVersionView item = item();
        String a = entity("2000000.00");
        String b = entity("300000.00");
        settled(item.itemId(), java.util.Map.of(a, 5_000_000L, b, 3_000_000L));
        LocalDate today = supervision.today();
        NoApplicationBatches.Snapshot one = batches.snapshot(item.itemId(), today);
        NoApplicationBatches.Snapshot two = batches.snapshot(item.itemId(), today);
        assertThat(one.listed()).extracting(e -> e.amountFen()).contains(5_000_000L, 3_000_000L);
        assertThat(two.hash()).isEqualTo(one.hash()).matches("[0-9a-f]{64}");

        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(b, "310000.00")); // 31,000 元 instead of 30,000
        settled(item.itemId(), java.util.Map.of(b, 3_100_000L));
        assertThat(batches.snapshot(item.itemId(), today).hash()).isNotEqualTo(one.hash());
        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(b, "300000.00"));
        settled(item.itemId(), java.util.Map.of(b, 3_000_000L));
        assertThat(batches.snapshot(item.itemId(), today).hash()).as("the same data again").isEqualTo(one.hash());
        assertThat(batches.snapshot(item.itemId(), today.plusDays(1)).hash()).as("another day").isNotEqualTo(one.hash());

        ItemVersionView v2 = policies.newVersion(item.itemId(), OFFICER);
        policies.submit(v2.versionId(), OFFICER);
        policies.approve(v2.versionId(), "修订", TestItems.OFFICER2);
        assertThat(batches.snapshot(item.itemId(), today).hash()).as("a new rule version").isNotEqualTo(one.hash());
    }

    @Test
    void twentyParallelStartsTakeOneSnapshotAsOneJob() throws Exception {
        ItemVersionView item = item();
        String a = entity("2000000.00");
        settled(item.itemId(), java.util.Map.of(a, 5_000_000L));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        var go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Object>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                try {
                    return batches.requestStart(item.itemId(), OFFICER);
                } catch (org.jiqitong.redemption.RedemptionRefusedException e) {
                    return e.getMessage();
                }
            }));
        }
        go.countDown();
        java.util.Set<Long> jobIds = new java.util.HashSet<>();
        int joined = 0;
        for (var call : calls) {
            Object outcome = call.get(30, java.util.concurrent.TimeUnit.SECONDS);
            if (outcome instanceof org.jiqitong.jobs.JobView job) {
                jobIds.add(job.id());
                joined += job.joined() ? 1 : 0;
            } else {
                assertThat(outcome).as("a latecomer is told clearly").isEqualTo("该政策已有未办结的免申即享批次");
            }
        }
        pool.shutdown();
        assertThat(joined).as("requests while the snapshot is taken join it").isPositive();
        List<org.jiqitong.jobs.JobView> done = new java.util.ArrayList<>();
        for (long id : jobIds) {
            done.add(jobs.await(id, java.time.Duration.ofSeconds(30)));
        }
        assertThat(done).filteredOn(j -> j.state() == org.jiqitong.jobs.JobState.SUCCEEDED).as("one snapshot taken")
                .hasSize(1);
        assertThat(done).filteredOn(j -> j.state() != org.jiqitong.jobs.JobState.SUCCEEDED)
                .allSatisfy(j -> assertThat(j.error()).isEqualTo("该政策已有未办结的免申即享批次"));
        assertThat(batches.batchesOf(item.itemId(), REVIEWER)).as("one batch").hasSize(1);
        var taken = done.stream().filter(j -> j.state() == org.jiqitong.jobs.JobState.SUCCEEDED).findFirst().orElseThrow();
        long lines = batches.batchesOf(item.itemId(), REVIEWER).get(0).listed();
        assertThat(taken.done()).as("its progress counts the lines written").isEqualTo(lines).isPositive();
        assertThat(taken.total()).isEqualTo(lines);
    }

    @Test
    void anEnterprisePaidByApplicationIsNotListedWhenTheItemBecomesNoApplicationAndCannotApplyAgain() {
        // the item first pays on application
        ItemVersionView applied = TestItems.publishPayable(policies, "研发补助(渠道切换)" + System.nanoTime(), null, null, null);
        String uscc = TestUsccs.next();
        deliver(Feed.ENTITIES, "AMR", TestItems.magicEntityLine(uscc, "济南渠道测试科技有限公司"));
        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "300000.00"));
        CurrentUser me = TestItems.enterprise(uscc);
        ApplicationView a = redemption.start(applied.itemId(), me);
        redemption.saveDraft(a.id(), java.util.Map.of("contact_person", "王", "contact_phone", "1"), me);
        materials.attach(a.id(), "营业执照", "l.pdf", new ByteArrayInputStream(RedemptionIntegrationTest.PDF), me);
        redemption.submit(a.id(), true, me);
        intake.accept(a.id(), false, null, TestItems.staff("clerk", Role.CLERK, "SERVICE"));
        review.approve(a.id(), 1_000_000L, null, REVIEWER);
        redemption.confirmBank(a.id(), "济南渠道测试科技有限公司", "中国银行", "6222021602001234567", me);
        notices.closeNotices(supervision.today().plusDays(30));
        payouts.payBatch(payouts.createBatch(FINANCE).batchId(), FINANCE);
        assertThat(redemption.get(a.id(), me).status()).isEqualTo(ApplicationStatus.PAID);

        // a new version makes it 免申即享: the enterprise paid this year is not listed
        ItemVersionView v2 = policies.newVersion(applied.itemId(), OFFICER);
        var c = v2.content();
        policies.updateDraft(v2.versionId(), new org.jiqitong.policy.ItemContent(c.name(), c.benefitType(), c.content(),
                c.beneficiaries(), c.conditions(), c.formula(), c.capFen(), c.amountIllustrative(), c.fixtures(), List.of(),
                c.procedureSteps(), c.windowFrom(), c.windowTo(), c.payoutDays(), c.contactPerson(), c.contactPhone(),
                c.contactAddress(), true, c.exclusionGroup(), c.yearlyCapFen(), c.budgetFen()), OFFICER);
        policies.submit(v2.versionId(), OFFICER);
        policies.approve(v2.versionId(), "改为免申即享", TestItems.OFFICER2);
        eventually("the platform knows the paid enterprise is eligible", () -> matching.reached(applied.itemId(),
                org.jiqitong.rules.eval.Verdict.ELIGIBLE, 0, 200).items().stream().anyMatch(e -> e.uscc().equals(uscc)));
        NoApplicationBatches.Snapshot s = batches.snapshot(applied.itemId(), supervision.today());
        assertThat(s.listed()).extracting(e -> e.uscc()).doesNotContain(uscc);
        assertThat(s.skipped()).isPositive();
    }

    @Test
    void listReviewNoticeConfirmPayAndNeverTwice() throws Exception {
        ItemVersionView item = item();
        String a = entity("2000000.00");
        String b = entity("300000.00");
        String c = entity("500000.00");
        String wrong = entity("900000.00");
        settled(item.itemId(), java.util.Map.of(a, 5_000_000L, b, 3_000_000L, c, 5_000_000L, wrong, 5_000_000L));
        String expected = batches.snapshot(item.itemId(), supervision.today()).hash();
        long batch = batches.start(item.itemId(), OFFICER);
        assertThatThrownBy(() -> batches.start(item.itemId(), OFFICER)).hasMessageContaining("未办结");
        assertThatThrownBy(() -> batches.start(item.itemId(), TestItems.staff("sci", Role.POLICY_OFFICER, "SCI")))
                .isInstanceOf(ApplicationNotFoundException.class);
        BatchView view = batches.batch(batch, REVIEWER);
        assertThat(batches.lines(batch, "LISTED", null, 0, 500, REVIEWER).items()).extracting(BatchLine::uscc)
                .contains(a, b, c, wrong); // (and the magic entities other tests made)
        assertThat(view.hash()).isEqualTo(expected);
        assertThat(batches.verify(batch, REVIEWER)).as("the stored list still gives its hash").isTrue();

        assertThatThrownBy(() -> batchReview.exclude(batch, wrong, " ", true, REVIEWER)).hasMessageContaining("理由");
        batchReview.exclude(batch, wrong, "研发费用数据有误,已反馈统计局核实", true, REVIEWER);
        assertThat(jdbc.sql("SELECT count(*) FROM registry_feedback WHERE uscc = ?").param(wrong).query(Long.class).single())
                .isEqualTo(1L);
        assertThatThrownBy(() -> batchReview.approve(batch, TestItems.staff("r", Role.REVIEWER, "SCI")))
                .isInstanceOf(ApplicationNotFoundException.class);
        batchReview.approve(batch, REVIEWER);
        long objection = batchReview.object(batch, c, "该企业已迁出本市");
        grants.daily(supervision.today().plusDays(30));
        assertThat(batches.batch(batch, REVIEWER).status()).as("an open objection holds the batch").isEqualTo("IN_NOTICE");
        batchReview.resolveObjection(objection, false, "经核实仍在本市经营", REVIEWER);
        grants.daily(supervision.today().plusDays(30));
        assertThat(batches.batch(batch, REVIEWER).status()).isEqualTo("CONFIRMING");

        // each listed enterprise is told what, for which item, and why — once
        assertThat(notifications.inbox(new Uscc(a), 0, 50).items()).filteredOn(m -> m.title().startsWith("免申即享:" + item.content().name()))
                .singleElement().satisfies(m -> {
                    assertThat(m.amountFen()).isEqualTo(5_000_000L);
                    assertThat(m.reasons()).anySatisfy(r -> assertThat(r).startsWith("上一年度有研发投入"));
                });
        assertThat(notifications.inbox(new Uscc(wrong), 0, 50).items())
                .noneMatch(m -> m.title().startsWith("免申即享:" + item.content().name()));

        // twenty clicks at once (issue 13.16): one application, and every click is answered with it
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Long>> clicks = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            clicks.add(pool.submit(() -> {
                go.await();
                return grants.confirm(batch, "济南免申测试科技有限公司", "中国工商银行", "6222021602001234567",
                        TestItems.enterprise(a));
            }));
        }
        go.countDown();
        java.util.Set<Long> answers = new java.util.HashSet<>();
        for (var click : clicks) {
            answers.add(click.get());
        }
        pool.shutdown();
        assertThat(answers).hasSize(1);
        long appA = answers.iterator().next();
        assertThat(jdbc.sql("SELECT count(*) FROM redemption_application WHERE uscc = ? AND item_id = ?")
                .params(a, item.itemId()).query(Long.class).single()).isEqualTo(1);
        grants.decline(batch, "本年度不需要", TestItems.enterprise(b));
        assertThatThrownBy(() -> redemption.start(item.itemId(), TestItems.enterprise(c))).hasMessageContaining("免申即享");

        payouts.payBatch(payouts.createBatch(FINANCE).batchId(), FINANCE);
        assertThat(redemption.get(appA, TestItems.enterprise(a)).status()).isEqualTo(ApplicationStatus.PAID);
        assertThat(redemption.timeline(appA, TestItems.enterprise(a))).first()
                .satisfies(s -> assertThat(s.reason()).startsWith("免申即享:").contains("注册资本为测试值"));
        assertThat(grants.mine(TestItems.enterprise(a))).singleElement().satisfies(l -> assertThat(l.paid()).isTrue());

        // c never answers: a reminder, then it lapses and the batch closes
        LocalDate remind = batches.batch(batch, REVIEWER).remindOn();
        grants.daily(remind);
        assertThat(notifications.inbox(new Uscc(c), 0, 50).items()).anyMatch(m -> m.title().startsWith("提醒"));
        grants.daily(batches.batch(batch, REVIEWER).confirmBy().plusDays(1));
        assertThat(batches.batch(batch, REVIEWER).status()).isEqualTo("CLOSED");
        assertThat(batches.lines(batch, "LAPSED", null, 0, 500, REVIEWER).items()).extracting(BatchLine::uscc).contains(c);

        // the next batch: a newcomer, the lapsed, the declined and the excluded again — never the paid one
        String newcomer = entity("400000.00");
        settled(item.itemId(), java.util.Map.of(newcomer, 4_000_000L));
        long next = batches.start(item.itemId(), OFFICER);
        List<String> listed = batches.lines(next, null, null, 0, 50, REVIEWER).items().stream().map(BatchLine::uscc).toList();
        assertThat(listed).contains(newcomer, c, b).doesNotContain(a);
        // and the database refuses a second 免申即享 payout, or one through the other channel, for the same year
        long line = jdbc.sql("SELECT id FROM payout_line WHERE application_id = ?").param(appA).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO payout_line (batch_id, application_id, idempotency_key, uscc, item_id, year, amount_fen,
                                         account_name, bank_name, account_no, channel)
                SELECT batch_id, ?, 'other-' || id, uscc, item_id, year, 1, 'x', 'y', '12345678', 'APPLICATION'
                FROM payout_line WHERE id = ?""").params(redemption.mine(TestItems.enterprise(a)).get(0).id(), line).update())
                .hasMessageContaining("payout_line");

        NoApplicationReport report = batches.report(item.itemId(), REVIEWER);
        assertThat(report.paid()).isEqualTo(1);
        assertThat(report.paidFen()).isEqualTo(5_000_000L);
        assertThat(report.excludedBy()).containsKey("研发费用数据有误,已反馈统计局核实");
        assertThat(report.listed()).isGreaterThanOrEqualTo(5);
        assertThat(report.unpaidBy()).containsKey("名单审核或公示中");
    }
}

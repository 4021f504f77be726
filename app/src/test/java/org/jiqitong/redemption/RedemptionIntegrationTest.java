package org.jiqitong.redemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Apply → accept → review → notice → pay, and the ledger's rules under attack. */
class RedemptionIntegrationTest extends IntegrationTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final CurrentUser CLERK = TestItems.staff("clerk", Role.CLERK, "SERVICE");
    static final CurrentUser REVIEWER = TestItems.staff("reviewer", Role.REVIEWER, "IIT");
    static final CurrentUser OTHER_REVIEWER = TestItems.staff("sci-reviewer", Role.REVIEWER, "SCI");
    static final CurrentUser FINANCE = TestItems.staff("finance", Role.FINANCE, "FIN");

    @Autowired
    Redemption redemption;
    @Autowired
    org.jiqitong.redemption.BankFile bankFile;
    @Autowired
    org.jiqitong.redemption.Materials materials;
    @Autowired
    org.jiqitong.redemption.Intake intake;
    @Autowired
    org.jiqitong.redemption.Notices notices;
    @Autowired
    org.jiqitong.redemption.Review review;
    @Autowired
    org.jiqitong.redemption.ServiceResults serviceResults;
    @Autowired
    Payouts payouts;
    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    Supervision supervision;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    private String entity() {
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南申报测试科技有限公司"));
        return uscc;
    }

    /** Draft → submitted with the material and contact. */
    private ApplicationView submitted(ItemVersionView item, String uscc) {
        CurrentUser me = TestItems.enterprise(uscc);
        ApplicationView a = redemption.start(item.itemId(), me);
        redemption.saveDraft(a.id(), Map.of("contact_person", "王会计", "contact_phone", "0531-12345678"), me);
        materials.attach(a.id(), "营业执照", "license.pdf", new ByteArrayInputStream(PDF), me);
        return redemption.submit(a.id(), true, me);
    }

    /** All the way to "notice passed, bank confirmed". */
    private ApplicationView readyToPay(ItemVersionView item, String uscc, long amountFen) {
        ApplicationView a = submitted(item, uscc);
        intake.accept(a.id(), false, "奖补类", CLERK);
        review.approve(a.id(), amountFen, amountFen == 1_000_000L ? null : "按实际投入核定", REVIEWER);
        redemption.confirmBank(a.id(), "济南申报测试科技有限公司", "中国工商银行济南分行", "6222 0216 0200 1234 567",
                TestItems.enterprise(uscc));
        notices.closeNotices(supervision.today().plusDays(30));
        return redemption.get(a.id(), FINANCE);
    }

    @Test
    void anAmountIsWithinTheCapWithAReasonOffTheFormulaAndANonMonetaryItemTakesNoMoney() {
        // a formula: its suggestion needs no reason, another amount does, the cap is always enforced
        ItemVersionView byFormula = TestItems.publishPayable(policies, "公式金额(测试)" + System.nanoTime(), null, null, null);
        ApplicationView f = submitted(byFormula, entity());
        intake.accept(f.id(), false, "奖补类", CLERK);
        assertThatThrownBy(() -> review.approve(f.id(), 900_000L, " ", REVIEWER)).hasMessageContaining("请写明理由");
        assertThatThrownBy(() -> review.approve(f.id(), 5_000_001L, "多给", REVIEWER))
                .hasMessageContaining("超过该政策的上限 50,000.00 元");
        assertThat(redemption.get(f.id(), REVIEWER).monetary()).isTrue();

        // a cap alone (按实核定): every amount needs its basis, and stays within the cap
        ItemVersionView assessed = TestItems.publishPayable(policies, "按实核定(测试)" + System.nanoTime(),
                org.jiqitong.policy.BenefitType.SUBSIDY, null, 3_000_000L, null, null, null);
        ApplicationView a = submitted(assessed, entity());
        assertThat(a.suggestedFen()).isNull();
        intake.accept(a.id(), false, "奖补类", CLERK);
        assertThatThrownBy(() -> review.approve(a.id(), 1_000_000L, null, REVIEWER)).hasMessageContaining("请写明核定依据");
        assertThatThrownBy(() -> review.approve(a.id(), 3_000_001L, "按发票", REVIEWER)).hasMessageContaining("超过该政策的上限");
        assertThat(review.approve(a.id(), 1_234_500L, "按服务合同及发票核定", REVIEWER).status())
                .isEqualTo(ApplicationStatus.IN_NOTICE);

        // declared non-monetary: no amount can be approved; approval completes it without notice or payout
        ItemVersionView service = TestItems.publishPayable(policies, "服务事项(测试)" + System.nanoTime(),
                org.jiqitong.policy.BenefitType.SERVICE, null, null, null, null, null);
        ApplicationView s = submitted(service, entity());
        intake.accept(s.id(), false, "服务类", CLERK);
        assertThatThrownBy(() -> review.approve(s.id(), 30_000_000L, "按需", REVIEWER))
                .hasMessageContaining("不涉及资金,不能核定金额");
        assertThat(redemption.get(s.id(), REVIEWER).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        ApplicationView done = review.approve(s.id(), null, null, REVIEWER);
        assertThat(done.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(done.approvedFen()).isNull();
        assertThat(supervision.clock(Redemption.SUBJECT, s.id(), "NOTICE")).isEmpty();
        assertThat(payouts.awaiting(FINANCE)).extracting(ApplicationView::id).doesNotContain(s.id());
    }

    @Test
    void aNoticeThatEndedWhileThePlatformWasDownPassesAsItStartsAndOnlyOnce() {
        ItemVersionView item = TestItems.publishPayable(policies, "停机期间公示期满(测试)" + System.nanoTime(), null, null, null);
        ApplicationView a = submitted(item, entity());
        intake.accept(a.id(), false, "奖补类", CLERK);
        review.approve(a.id(), 1_000_000L, null, REVIEWER);
        // the notice ended yesterday; the platform was down at 00:10 and the lock of the last run has long expired
        jdbc.sql("UPDATE redemption_application SET notice_ends_on = ? WHERE id = ?")
                .params(supervision.today().minusDays(1), a.id()).update();
        jdbc.sql("UPDATE shedlock SET lock_until = now() - interval '1 second'").update();
        org.springframework.boot.SpringApplication app = new org.springframework.boot.SpringApplication(
                org.jiqitong.JiqitongApplication.class);
        context.publishEvent(new org.springframework.boot.context.event.ApplicationReadyEvent(app, new String[0], context,
                java.time.Duration.ZERO));
        assertThat(redemption.get(a.id(), REVIEWER).status()).isEqualTo(ApplicationStatus.NOTICE_PASSED);
        assertThat(supervision.clock(Redemption.SUBJECT, a.id(), "NOTICE").orElseThrow().finishedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM redemption_event WHERE application_id = ? AND action = 'NOTICE_PASSED'")
                .param(a.id()).query(Long.class).single()).as("idempotent: passed once").isEqualTo(1L);
        assertThat(notices.closeNotices(supervision.today())).as("nothing left to do").isZero();
    }

    @Test
    void anApplicationGoesFromDraftToPaidAndTheEnterpriseSeesEveryStepWithoutStaffNames() {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(流程测试)" + System.nanoTime(), null, null, null);
        String uscc = entity();
        CurrentUser me = TestItems.enterprise(uscc);
        ApplicationView draft = redemption.start(item.itemId(), me);
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.form()).containsEntry("entity_name", "济南申报测试科技有限公司").containsEntry("uscc", uscc);
        assertThat(draft.suggestedFen()).isEqualTo(1_000_000L);
        assertThat(redemption.start(item.itemId(), me).id()).as("one open application per item").isEqualTo(draft.id());
        assertThatThrownBy(() -> redemption.submit(draft.id(), true, me)).hasMessageContaining("还缺少材料:营业执照");

        ApplicationView a = submitted(item, uscc);
        assertThat(a.receiptNo()).matches("JQT20\\d\\d\\d{7}");
        assertThat(supervision.clock(Redemption.SUBJECT, a.id(), "ACCEPTANCE")).isPresent();

        intake.accept(a.id(), false, "奖补类", CLERK);
        assertThat(redemption.get(a.id(), REVIEWER).handlerDepartment()).isEqualTo("IIT");
        review.requestSupplement(a.id(), "请补充加盖公章的营业执照复印件", REVIEWER);
        assertThat(supervision.clock(Redemption.SUBJECT, a.id(), "REVIEW").orElseThrow().pausedSince()).isNotNull();
        materials.attach(a.id(), "营业执照", "license-stamped.pdf", new ByteArrayInputStream(PDF), me);
        redemption.supplement(a.id(), "已补充", me);
        review.approve(a.id(), 1_000_000L, null, REVIEWER);
        assertThat(redemption.get(a.id(), me).status()).isEqualTo(ApplicationStatus.IN_NOTICE);
        assertThat(notices.closeNotices(supervision.today())).as("the notice runs its days").isZero();
        redemption.confirmBank(a.id(), "济南申报测试科技有限公司", "中国工商银行济南分行", "6222021602001234567", me);
        notices.closeNotices(supervision.today().plusDays(30));
        assertThat(redemption.get(a.id(), me).status()).isEqualTo(ApplicationStatus.NOTICE_PASSED);

        Payouts.BatchResult batch = payouts.createBatch(FINANCE);
        assertThat(payouts.lines(batch.batchId(), FINANCE)).anySatisfy(l -> {
            assertThat(l.applicationId()).isEqualTo(a.id());
            assertThat(l.idempotencyKey()).isEqualTo("JQT-PAY-" + a.receiptNo());
            assertThat(l.receiptNo()).isEqualTo(a.receiptNo());
            assertThat(l.entityName()).isEqualTo("济南申报测试科技有限公司");
            assertThat(l.itemName()).isEqualTo(item.content().name());
        });
        // the bank file opens intact in Excel: a byte-order mark, Chinese as Chinese, 19 digits as text
        java.io.StringWriter csv = new java.io.StringWriter();
        bankFile.bankFile(batch.batchId(), csv, FINANCE);
        assertThat(csv.toString()).startsWith("\uFEFFidempotency_key,account_name,bank_name,account_no,amount_yuan,")
                .contains(",=\"6222021602001234567\",10000.00," + a.receiptNo() + ",济南申报测试科技有限公司,");
        payouts.payBatch(batch.batchId(), FINANCE);
        assertThat(redemption.get(a.id(), me).status()).isEqualTo(ApplicationStatus.PAID);
        redemption.rate(a.id(), 5, "办理很快", me);
        assertThatThrownBy(() -> redemption.rate(a.id(), 4, null, me)).hasMessageContaining("已经评价过了");

        List<TimelineStep> steps = redemption.timeline(a.id(), me);
        assertThat(steps).extracting(TimelineStep::action).containsSubsequence("DRAFT", "SUBMIT", "ACCEPT_TRANSFER",
                "REQUEST_SUPPLEMENT", "SUPPLEMENTED", "APPROVE", "NOTICE_PASSED", "PAYOUT_SCHEDULED", "PAID");
        assertThat(steps).filteredOn(s -> s.action().equals("REQUEST_SUPPLEMENT")).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("请补充加盖公章的营业执照复印件"));
        assertThat(steps.toString()).doesNotContain("reviewer", "clerk", "finance");
        assertThat(jdbc.sql("SELECT count(*) FROM redemption_event WHERE application_id = ? AND actor = 'reviewer'")
                .param(a.id()).query(Long.class).single()).as("the audit keeps who").isEqualTo(2L);
        assertThat(supervision.clocksOf(Redemption.SUBJECT, a.id())).allSatisfy(c -> assertThat(c.finishedAt()).isNotNull());

        // a material given once is offered again for the next application
        ItemVersionView second = TestItems.publishPayable(policies, "研发补助(材料复用)" + System.nanoTime(), null, null, null);
        ApplicationView next = redemption.start(second.itemId(), me);
        assertThat(materials.earlierMaterials(next.id(), me)).singleElement()
                .satisfies(m -> assertThat(m.name()).isEqualTo("营业执照"));
        String sha = materials.earlierMaterials(next.id(), me).get(0).sha256();
        assertThat(materials.reuse(next.id(), "营业执照", sha, me).missingMaterials()).isEmpty();
    }

    /** Issue 13.22: a conditional update that matches nothing stops the step — no PAID step, the line stays pending. */
    @Test
    void aLineWhoseApplicationIsNoLongerWaitingIsNotMarkedPaid() {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(状态测试)" + System.nanoTime(), null, null, null);
        String uscc = entity();
        ApplicationView a = readyToPay(item, uscc, 1_000_000L);
        long batch = payouts.createBatch(FINANCE).batchId();
        long line = payouts.lines(batch, FINANCE).stream().filter(l -> l.applicationId() == a.id()).findFirst()
                .orElseThrow().id();
        // behind the platform's back, the application leaves NOTICE_PASSED
        jdbc.sql("UPDATE redemption_application SET status = 'REJECTED' WHERE id = ?").param(a.id()).update();
        assertThatThrownBy(() -> payouts.markPaid(line, FINANCE)).hasMessageContaining("不在待兑付状态");
        assertThat(jdbc.sql("SELECT state FROM payout_line WHERE id = ?").param(line).query(String.class).single())
                .isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT count(*) FROM redemption_event WHERE application_id = ? AND action = 'PAID'")
                .param(a.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aCaseTheWindowHandlesDirectlyIsReviewedByTheWindowAndAMisroutedOneGoesBack() {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(直办)" + System.nanoTime(), null, null, null);
        ApplicationView a = submitted(item, entity());
        intake.accept(a.id(), true, "简易事项", CLERK);
        CurrentUser windowReviewer = TestItems.staff("reviewer-svc", Role.REVIEWER, "SERVICE");
        assertThatThrownBy(() -> review.approve(a.id(), 1_000_000L, null, REVIEWER))
                .isInstanceOf(ApplicationNotFoundException.class);
        // the window's reviewer finds it belongs to the department after all and sends it back; the window transfers it
        review.sendBack(a.id(), "涉及专项资金,应由主管部门审核", windowReviewer);
        assertThat(redemption.get(a.id(), CLERK).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        intake.accept(a.id(), false, null, CLERK);
        assertThat(supervision.clock(Redemption.SUBJECT, a.id(), "REVIEW").orElseThrow().departmentCode()).isEqualTo("IIT");
        review.approve(a.id(), 1_000_000L, null, REVIEWER);
        assertThat(redemption.timeline(a.id(), CLERK)).extracting(TimelineStep::action)
                .containsSubsequence("ACCEPT_DIRECT", "SEND_BACK", "ACCEPT_TRANSFER", "APPROVE");
    }

    @Test
    void badInputIsRefusedWithTheReasonAndChangesNothing() {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(坏输入)" + System.nanoTime(), null, null, null);
        String uscc = entity();
        CurrentUser me = TestItems.enterprise(uscc);
        ApplicationView a = redemption.start(item.itemId(), me);
        assertThatThrownBy(() -> materials.attach(a.id(), "营业执照", "license.pdf",
                new ByteArrayInputStream("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)), me))
                .hasMessageContaining("不是 PDF、PNG 或 JPEG");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> materials.attach(a.id(), "营业执照", "big.pdf", new ByteArrayInputStream(huge), me))
                .hasMessageContaining("超过 10 MB");
        assertThatThrownBy(() -> materials.attach(a.id(), "../../etc/passwd", "x.pdf", new ByteArrayInputStream(PDF), me))
                .hasMessageContaining("不是该政策要求的材料");
        assertThat(redemption.get(a.id(), me).materials()).isEmpty();
        Map<String, String> registered = redemption.get(a.id(), me).form();
        redemption.saveDraft(a.id(), Map.of("uscc", "91370000000000000X", "contact_person", "王会计",
                "contact_phone", "1", "injected", "x", "entity_name", "别人家的公司", "legal_representative", "张三"), me);
        assertThat(redemption.get(a.id(), me).form()).containsEntry("uscc", uscc).doesNotContainKey("injected")
                .as("the identity fields stay the registry's").containsEntry("entity_name", registered.get("entity_name"))
                .containsEntry("legal_representative", registered.get("legal_representative"))
                .containsEntry("contact_person", "王会计");
        assertThatThrownBy(() -> redemption.submit(a.id(), false, me)).hasMessageContaining("承诺");

        ApplicationView s = submitted(TestItems.publishPayable(policies, "研发补助(坏输入2)" + System.nanoTime(), null,
                null, null), uscc);
        assertThatThrownBy(() -> review.approve(s.id(), 1_000_000L, null, REVIEWER))
                .isInstanceOf(ApplicationNotFoundException.class); // not yet transferred to IIT
        assertThatThrownBy(() -> intake.refuse(s.id(), " ", CLERK)).hasMessageContaining("理由");
        intake.accept(s.id(), false, null, CLERK);
        assertThatThrownBy(() -> intake.accept(s.id(), false, null, CLERK)).hasMessageContaining("不在待受理状态");
        assertThatThrownBy(() -> review.approve(s.id(), 6_000_000L, "多给", REVIEWER)).hasMessageContaining("超过该政策的上限");
        assertThatThrownBy(() -> review.approve(s.id(), 900_000L, null, REVIEWER)).hasMessageContaining("请写明理由");
        assertThatThrownBy(() -> review.approve(s.id(), 1_000_000L, null, OTHER_REVIEWER))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(redemption.get(s.id(), me).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThatThrownBy(() -> redemption.confirmBank(s.id(), "别的公司", "银行", "6222021602001234567", me))
                .hasMessageContaining("审核通过后");
        // another enterprise sees nothing of it
        assertThatThrownBy(() -> redemption.get(s.id(), TestItems.enterprise(entity())))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void manyThreadsApprovingBatchingAndPayingTheSameApplicationPayItExactlyOnce() throws Exception {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(并发)" + System.nanoTime(), null, null, null);
        String uscc = entity();
        ApplicationView a = submitted(item, uscc);
        intake.accept(a.id(), false, null, CLERK);
        List<Object> approvals = race(8, () -> review.approve(a.id(), 1_000_000L, null, REVIEWER));
        assertThat(approvals.stream().filter(r -> r instanceof ApplicationView)).hasSize(1);
        redemption.confirmBank(a.id(), "济南申报测试科技有限公司", "中国工商银行", "6222021602001234567", TestItems.enterprise(uscc));
        notices.closeNotices(supervision.today().plusDays(30));

        long batchesBefore = jdbc.sql("SELECT count(*) FROM payout_batch").query(Long.class).single();
        List<Object> batches = race(20, () -> payouts.createBatch(FINANCE));
        assertThat(batches).allSatisfy(b -> assertThat(b).isInstanceOf(Payouts.BatchResult.class));
        assertThat(batches.stream().filter(b -> ((Payouts.BatchResult) b).batchId() != 0)).as("one batch made").hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM payout_batch").query(Long.class).single())
                .as("and no empty one beside it (issue 13.16)").isEqualTo(batchesBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM payout_line WHERE application_id = ?").param(a.id())
                .query(Long.class).single()).isEqualTo(1L);
        long line = jdbc.sql("SELECT id FROM payout_line WHERE application_id = ?").param(a.id()).query(Long.class).single();
        List<Object> paid = race(8, () -> payouts.markPaid(line, FINANCE));
        assertThat(paid.stream().filter(Boolean.TRUE::equals)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM redemption_event WHERE application_id = ? AND action = 'PAID'")
                .param(a.id()).query(Long.class).single()).isEqualTo(1L);
        // and the database itself refuses a second line for the application, whatever the code does
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO payout_line (batch_id, application_id, idempotency_key, uscc, item_id, year, amount_fen,
                                         account_name, bank_name, account_no)
                SELECT batch_id, application_id, 'another-key', uscc, item_id, year, amount_fen, account_name, bank_name,
                       account_no FROM payout_line WHERE id = ?""").param(line).update())
                .hasMessageContaining("payout_line_application_id_key");
    }

    @Test
    void ofAnExclusionGroupOnlyTheHighestIsPaidAndTheOthersAreClosedWithTheReason() {
        String group = "研发补助-" + System.nanoTime();
        ItemVersionView small = TestItems.publishPayable(policies, "研发补助A(就高)" + System.nanoTime(), group, null, null);
        ItemVersionView large = TestItems.publishPayable(policies, "研发补助B(就高)" + System.nanoTime(), group, null, null);
        String uscc = entity();
        ApplicationView a = readyToPay(small, uscc, 800_000L);
        ApplicationView b = readyToPay(large, uscc, 1_000_000L);
        payouts.createBatch(FINANCE);
        assertThat(redemption.get(b.id(), FINANCE).status()).isEqualTo(ApplicationStatus.NOTICE_PASSED);
        assertThat(jdbc.sql("SELECT count(*) FROM payout_line WHERE application_id = ?").param(b.id()).query(Long.class)
                .single()).isEqualTo(1L);
        assertThat(redemption.get(a.id(), FINANCE).status()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(redemption.timeline(a.id(), TestItems.enterprise(uscc))).last()
                .satisfies(s -> assertThat(s.reason()).startsWith("就高不重复"));
        // the database refuses a second payout in the group for the year, whatever the code does
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO payout_line (batch_id, application_id, idempotency_key, uscc, item_id, year, exclusion_group,
                                         amount_fen, account_name, bank_name, account_no)
                SELECT batch_id, ?, 'k-' || ?, uscc, ?, year, exclusion_group, 1, 'x', 'y', '12345678'
                FROM payout_line WHERE application_id = ?""").params(a.id(), a.id(), small.itemId(), b.id()).update())
                .hasMessageContaining("payout_one_per_exclusion_group");
    }

    @Test
    void theYearlyCapClosesWhatWouldPassItAndTheBudgetMakesTheRestWaitInOrder() {
        ItemVersionView capped = TestItems.publishPayable(policies, "研发补助(年度上限)" + System.nanoTime(), null, 1_500_000L, null);
        String uscc = entity();
        ApplicationView first = readyToPay(capped, uscc, 1_000_000L);
        payouts.payBatch(payouts.createBatch(FINANCE).batchId(), FINANCE);
        ApplicationView second = readyToPay(capped, uscc, 1_000_000L);
        payouts.createBatch(FINANCE);
        assertThat(jdbc.sql("SELECT count(*) FROM payout_line WHERE application_id = ?").param(first.id())
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(redemption.get(second.id(), FINANCE).status()).isEqualTo(ApplicationStatus.CLOSED);
        assertThat(redemption.timeline(second.id(), TestItems.enterprise(uscc))).last()
                .satisfies(s -> assertThat(s.reason()).contains("年度兑付上限"));

        ItemVersionView budgeted = TestItems.publishPayable(policies, "研发补助(预算)" + System.nanoTime(), null, null, 1_500_000L);
        ApplicationView x = readyToPay(budgeted, entity(), 1_000_000L);
        ApplicationView y = readyToPay(budgeted, entity(), 1_000_000L);
        ApplicationView z = readyToPay(budgeted, entity(), 400_000L);
        Payouts.BatchResult r = payouts.createBatch(FINANCE);
        assertThat(lineFor(x)).isEqualTo(1L);
        assertThat(lineFor(y)).as("over the budget: waits").isZero();
        assertThat(lineFor(z)).as("behind y, in order: waits although it would fit").isZero();
        assertThat(r.waiting()).isGreaterThanOrEqualTo(2);
        assertThat(redemption.get(y.id(), FINANCE).status()).isEqualTo(ApplicationStatus.NOTICE_PASSED);
        assertThatThrownBy(() -> jdbc.sql("UPDATE payout_budget SET paid_fen = budget_fen + 1 WHERE item_id = ?")
                .param(budgeted.itemId()).update()).hasMessageContaining("payout_budget");
    }

    @Test
    void serviceResultsCountSatisfactionTimeToPayoutAndTheShareOnTime() {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(问效)" + System.nanoTime(), null, null, null);
        String u1 = entity();
        String u2 = entity();
        ApplicationView a = readyToPay(item, u1, 1_000_000L);
        ApplicationView b = readyToPay(item, u2, 1_000_000L);
        payouts.payBatch(payouts.createBatch(FINANCE).batchId(), FINANCE);
        redemption.rate(a.id(), 5, null, TestItems.enterprise(u1));
        redemption.rate(b.id(), 2, "等得有点久", TestItems.enterprise(u2));
        assertThatThrownBy(() -> redemption.rate(b.id(), 9, null, TestItems.enterprise(u2))).hasMessageContaining("1至5分");
        ServiceResult r = serviceResults.results(false, TestItems.staff("supervisor", Role.SUPERVISOR, null)).stream()
                .filter(x -> x.key().equals(Long.toString(item.itemId()))).findFirst().orElseThrow();
        assertThat(r.paid()).isEqualTo(2);
        assertThat(r.rated()).isEqualTo(2);
        assertThat(r.averageScore()).isEqualTo(3.5);
        assertThat(r.satisfiedShare()).isEqualTo(0.5);
        assertThat(r.medianWorkingDays()).isZero(); // submitted and paid today
        assertThat(r.withinLimitShare()).isEqualTo(1.0);

        // known data: submitted 7 and 2 working days before payout, and one 免申即享 grant (never timed): 4.5, not 0
        LocalDate paidOn = supervision.today();
        jdbc.sql("UPDATE redemption_application SET submitted_at = ?::date WHERE id = ?")
                .params(workingDaysBefore(paidOn, 7).toString(), a.id()).update();
        jdbc.sql("UPDATE redemption_application SET submitted_at = ?::date WHERE id = ?")
                .params(workingDaysBefore(paidOn, 2).toString(), b.id()).update();
        ApplicationView c = readyToPay(item, entity(), 1_000_000L);
        payouts.payBatch(payouts.createBatch(FINANCE).batchId(), FINANCE);
        jdbc.sql("UPDATE redemption_application SET channel = 'NO_APPLICATION' WHERE id = ?").param(c.id()).update();
        ServiceResult known = serviceResults.results(false, TestItems.staff("supervisor", Role.SUPERVISOR, null)).stream()
                .filter(x -> x.key().equals(Long.toString(item.itemId()))).findFirst().orElseThrow();
        assertThat(known.paid()).isEqualTo(3);
        assertThat(known.noApplicationPaid()).isEqualTo(1);
        assertThat(known.medianWorkingDays()).isEqualTo(4.5);
        assertThat(known.withinLimitShare()).as("both within 10 working days").isEqualTo(1.0);
        assertThat(serviceResults.results(true, TestItems.staff("sci", Role.REVIEWER, "SCI")))
                .noneMatch(x -> x.key().equals("IIT"));
        assertThatThrownBy(() -> serviceResults.results(true, TestItems.enterprise(u1)))
                .isInstanceOf(ApplicationNotFoundException.class);

        org.jiqitong.Http supervisor = org.jiqitong.Http.anonymous(port);
        supervisor.formLogin("supervisor", "jiqitong-demo");
        org.jiqitong.Http officer = org.jiqitong.Http.anonymous(port);
        officer.formLogin("officer", "jiqitong-demo");
        String reach = officer.get("/reach/items/" + item.itemId()).body();
        assertThat(reach).contains("id=\"count-applied\">3<", "id=\"count-paid\">3<");
        var page = supervisor.get("/results");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(item.content().name(), "50%", "市工业和信息化局");
        org.jiqitong.Http admin = org.jiqitong.Http.anonymous(port);
        admin.formLogin("admin", "jiqitong-demo");
        assertThat(admin.get("/admin/calendar?year=2026").body()).contains("春节调休上班", "国庆节");
    }

    private long lineFor(ApplicationView a) {
        return jdbc.sql("SELECT count(*) FROM payout_line WHERE application_id = ?").param(a.id()).query(Long.class).single();
    }

    /** Runs {@code task} on {@code n} threads released at once; returns each result or exception. */
    private static List<Object> race(int n, Callable<?> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    return task.call();
                } catch (Exception e) {
                    return e;
                }
            }));
        }
        go.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        return results;
    }

    /** The day {@code n} working days before {@code day} on the platform's calendar. */
    private LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        while (supervision.calendar().workingDaysBetween(d, day) < n) {
            d = d.minusDays(1);
        }
        return d;
    }
}

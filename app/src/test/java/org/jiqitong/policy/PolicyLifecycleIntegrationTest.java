package org.jiqitong.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jiqitong.IntegrationTest;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class PolicyLifecycleIntegrationTest extends IntegrationTest {

    private static final CurrentUser AUTHOR = officer("officer", "IIT");
    private static final CurrentUser SECOND = officer("officer2", "IIT");
    private static final CurrentUser OTHER_DEPARTMENT = officer("sci-officer", "SCI");
    private static final String CITE = "\"cite\":{\"doc\":\"测试〔2026〕1号\",\"clause\":\"第三条\"}";
    private static final String CONDITIONS = "{\"all\":["
            + "{\"attr\":\"industry\",\"op\":\"prefix\",\"values\":[\"C\"],\"wording\":\"属于制造业\"," + CITE + "},"
            + "{\"attr\":\"qualifications\",\"op\":\"has\",\"values\":[\"SPECIALISED\"],\"wording\":\"有效期内的专精特新中小企业\"," + CITE + "},"
            + "{\"attr\":\"status\",\"op\":\"eq\",\"value\":\"ACTIVE\",\"wording\":\"登记状态为存续\"," + CITE + "}]}";
    private static final String FIXTURES = """
            [{"name":"专精特新制造业企业","asOf":"2026-06-30","facts":{"industry":"C3911","status":"ACTIVE",
              "qualifications":["SPECIALISED"]},"verdict":"ELIGIBLE","amountFen":30000000},
             {"name":"软件企业不适用","asOf":"2026-06-30","facts":{"industry":"I6513","status":"ACTIVE",
              "qualifications":["SPECIALISED"]},"verdict":"INELIGIBLE"},
             {"name":"登记状态未知","asOf":"2026-06-30","facts":{"industry":"C3911","qualifications":["SPECIALISED"]},
              "verdict":"UNDETERMINED"}]""";

    @Autowired
    Policies policies;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private static CurrentUser officer(String username, String department) {
        return new CurrentUser(0, username, username, Role.POLICY_OFFICER, department, null, null, false, true);
    }

    private static ItemContent content(String conditions, String fixtures, Boolean noApplication) {
        return new ItemContent("专精特新中小企业奖励(测试)", BenefitType.AWARD, "对认定的专精特新中小企业给予一次性奖励。",
                "本市制造业专精特新中小企业", conditions, "30 * 1000000", 30_000_000L, true, fixtures,
                List.of("营业执照", "认定文件"), List.of("网上申报", "主管部门审核", "财政兑付"), null, null, 30, "张工",
                "0531-00000000", "济南市测试路1号", noApplication, null, null, null);
    }

    private long document(LocalDate issuedOn, LocalDate validTo) {
        return policies.createDocument(new NewDocument("测试〔" + UUID.randomUUID().toString().substring(0, 8) + "〕号",
                "关于支持专精特新中小企业发展的通知(测试)", "市工业和信息化局", issuedOn, issuedOn, validTo, null, null), AUTHOR);
    }

    @Test
    void aSubsidyWithoutAnAmountCannotGoToReviewAndAServiceNeedsNone() {
        assertThatThrownBy(() -> org.jiqitong.TestItems.publishPayable(policies, "无金额补贴(测试)", BenefitType.SUBSIDY,
                null, null, null, null, null)).hasMessageContaining("补贴类政策须给出金额");
        assertThat(org.jiqitong.TestItems.publishPayable(policies, "服务(测试)" + UUID.randomUUID(), BenefitType.SERVICE,
                null, null, null, null, null).content().capFen()).isNull();
    }

    @Test
    void anItemIsWrittenTestedReviewedByASecondOfficerAndPublished() {
        long doc = document(LocalDate.of(2025, 3, 1), null);
        ItemVersionView draft = policies.createItem(doc, content(CONDITIONS, FIXTURES, false), AUTHOR);
        assertThat(draft.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(policies.check(draft.versionId(), AUTHOR)).isEmpty();

        ItemVersionView inReview = policies.submit(draft.versionId(), AUTHOR);
        assertThat(inReview.status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThatThrownBy(() -> policies.approve(draft.versionId(), "自己批准", AUTHOR))
                .isInstanceOf(PolicyRefusedException.class).hasMessageContaining("四眼原则");

        events.clear();
        ItemVersionView published = policies.approve(draft.versionId(), "同意发布", SECOND);
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(published.reviewer()).isEqualTo("officer2");
        assertThat(events.stream(ItemPublished.class)).hasSize(1);
        assertThat(policies.published()).extracting(ItemVersionView::versionId).contains(draft.versionId());
        assertThat(policies.auditTrail(draft.versionId())).containsExactly("CREATE:DRAFT", "SUBMIT:IN_REVIEW",
                "APPROVE:PUBLISHED");
        assertThatThrownBy(() -> policies.updateDraft(draft.versionId(), content(CONDITIONS, FIXTURES, true), AUTHOR))
                .hasMessageContaining("只有草稿可以修改");
    }

    @Test
    void theDatabaseItselfRefusesAVersionPublishedByItsAuthor() {
        long doc = document(LocalDate.of(2025, 3, 1), null);
        ItemVersionView draft = policies.createItem(doc, content(CONDITIONS, FIXTURES, false), AUTHOR);
        assertThatThrownBy(() -> jdbc.sql("UPDATE policy_item_version SET status = 'PUBLISHED', reviewer = author WHERE id = ?")
                .param(draft.versionId()).update()).hasMessageContaining("policy_item_version");
    }

    @Test
    void failingFixturesOrAnInvalidConditionKeepAnItemFromReview() {
        long doc = document(LocalDate.of(2025, 3, 1), null);
        String wrongExpectation = FIXTURES.replace("\"verdict\":\"INELIGIBLE\"", "\"verdict\":\"ELIGIBLE\"");
        ItemVersionView draft = policies.createItem(doc, content(CONDITIONS, wrongExpectation, false), AUTHOR);
        assertThatThrownBy(() -> policies.submit(draft.versionId(), AUTHOR)).isInstanceOf(PolicyRefusedException.class)
                .hasMessageContaining("测试用例\u201c软件企业不适用\u201d期望“符合”,实际“不符合”");

        String badCode = CONDITIONS.replace("\"values\":[\"C\"]", "\"values\":[\"C99X\"]");
        assertThatThrownBy(() -> policies.updateDraft(draft.versionId(), content(badCode, FIXTURES, false), AUTHOR))
                .isInstanceOf(PolicyRefusedException.class)
                .hasMessageContaining("conditions.all[0].values[0]: \u201cC99X\u201d不是GB/T 4754-2017行业代码");
        assertThat(policies.version(draft.versionId(), AUTHOR).orElseThrow().status()).isEqualTo(ItemStatus.DRAFT);
    }

    @Test
    void documentsFrom2022MustStateWhetherTheItemIsPaidWithoutApplication() {
        long doc = document(LocalDate.of(2022, 1, 1), null);
        ItemVersionView draft = policies.createItem(doc, content(CONDITIONS, FIXTURES, null), AUTHOR);
        assertThatThrownBy(() -> policies.submit(draft.versionId(), AUTHOR)).hasMessageContaining("免申即享");
        long older = document(LocalDate.of(2021, 12, 31), null);
        ItemVersionView oldDraft = policies.createItem(older, content(CONDITIONS, FIXTURES, null), AUTHOR);
        assertThat(policies.submit(oldDraft.versionId(), AUTHOR).status()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    void anotherDepartmentNeitherSeesNorActsOnAnItem() {
        long doc = document(LocalDate.of(2025, 3, 1), null);
        ItemVersionView draft = policies.createItem(doc, content(CONDITIONS, FIXTURES, false), AUTHOR);
        assertThat(policies.version(draft.versionId(), OTHER_DEPARTMENT)).isEmpty();
        assertThatThrownBy(() -> policies.submit(draft.versionId(), OTHER_DEPARTMENT))
                .isInstanceOf(PolicyNotFoundException.class);
    }

    @Test
    void aChangeIsANewVersionThatSupersedesThePublishedOne() {
        long doc = document(LocalDate.of(2025, 3, 1), null);
        ItemVersionView v1 = policies.createItem(doc, content(CONDITIONS, FIXTURES, false), AUTHOR);
        policies.submit(v1.versionId(), AUTHOR);
        policies.approve(v1.versionId(), "同意", SECOND);

        ItemVersionView v2 = policies.newVersion(v1.itemId(), AUTHOR);
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> policies.newVersion(v1.itemId(), AUTHOR)).hasMessageContaining("未完成的草稿");
        policies.updateDraft(v2.versionId(), content(CONDITIONS, FIXTURES, true), AUTHOR);
        policies.submit(v2.versionId(), AUTHOR);
        policies.approve(v2.versionId(), "同意", SECOND);

        assertThat(policies.version(v1.versionId(), AUTHOR).orElseThrow().status()).isEqualTo(ItemStatus.SUPERSEDED);
        assertThat(policies.version(v1.versionId(), AUTHOR).orElseThrow().content().noApplication()).isFalse();
        assertThat(policies.version(v2.versionId(), AUTHOR).orElseThrow().content().noApplication()).isTrue();
    }

    @Test
    void hygieneWarnsOfDuplicateLookingItemsAndDocumentsAboutToEnd() {
        LocalDate today = org.jiqitong.TestClock.TODAY;
        long ending = document(today.minusYears(1), today.plusDays(10));
        ItemVersionView v = policies.createItem(ending, content(CONDITIONS, FIXTURES, false), AUTHOR);
        policies.submit(v.versionId(), AUTHOR);
        policies.approve(v.versionId(), "同意", SECOND);
        ItemVersionView twin = policies.createItem(ending, content(CONDITIONS, FIXTURES, false), AUTHOR);

        List<String> warnings = policies.hygiene(AUTHOR, today);
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("即将失效:事项 #" + v.itemId()));
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("疑似重复").contains("#" + twin.itemId()));
    }

    @Test
    void withdrawalNeedsAReasonAndExpiryFollowsTheDocument() {
        long doc = document(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30));
        ItemVersionView v = policies.createItem(doc, content(CONDITIONS, FIXTURES, false), AUTHOR);
        policies.submit(v.versionId(), AUTHOR);
        policies.approve(v.versionId(), "同意", SECOND);
        assertThatThrownBy(() -> policies.withdraw(v.versionId(), " ", AUTHOR)).hasMessageContaining("须说明理由");

        policies.expireDue(LocalDate.of(2026, 7, 1));
        assertThat(policies.version(v.versionId(), AUTHOR).orElseThrow().status()).isEqualTo(ItemStatus.EXPIRED);
        assertThat(policies.published()).extracting(ItemVersionView::versionId).doesNotContain(v.versionId());
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * Issue 13.22: two expiry runs at once (two instances at 00:05) — the second lists the version while the first
     * has not yet committed, then waits for its row; it must find the version no longer published and write nothing.
     */
    @Test
    void twoExpiryRunsAtOnceWriteOneAuditRowAndOneEvent() throws Exception {
        long doc = document(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 5, 31));
        ItemVersionView v = policies.createItem(doc, content(CONDITIONS, FIXTURES, false), AUTHOR);
        policies.submit(v.versionId(), AUTHOR);
        policies.approve(v.versionId(), "同意", SECOND);
        var first = new org.springframework.transaction.support.TransactionTemplate(transactions);
        java.util.concurrent.atomic.AtomicReference<Thread> second = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger secondExpired = new java.util.concurrent.atomic.AtomicInteger(-1);
        first.executeWithoutResult(s -> {
            assertThat(policies.expireDue(LocalDate.of(2026, 6, 1))).isPositive();
            Thread t = new Thread(() -> secondExpired.set(policies.expireDue(LocalDate.of(2026, 6, 1))));
            t.start();
            second.set(t);
            // wait until the second run is blocked on the first one's row lock
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                    .query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("the second run waits for the first").isLessThan(deadline);
                Thread.onSpinWait();
            }
        });
        second.get().join(20_000);
        assertThat(secondExpired.get()).as("the second run expired nothing").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM policy_audit WHERE version_id = ? AND action = 'EXPIRE'")
                .param(v.versionId()).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(ItemWithdrawn.class).filter(e -> e.versionId() == v.versionId()).count()).isEqualTo(1);
        assertThat(policies.version(v.versionId(), AUTHOR).orElseThrow().status()).isEqualTo(ItemStatus.EXPIRED);
    }
}

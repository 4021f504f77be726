package org.jiqitong.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.vault.internal.VaultLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The vault's rules on a real database: only the issuing department issues and revokes; nothing is read without a
 * live grant to the reader's department (404), every read is recorded and logged; a window code opens its set once;
 * an expired or revoked licence is refused by name; another enterprise's document does not exist.
 */
class VaultIntegrationTest extends IntegrationTest {

    private static final CurrentUser AMR = TestItems.staff("licensing", Role.REVIEWER, "AMR");
    private static final CurrentUser IIT = TestItems.staff("reviewer", Role.REVIEWER, "IIT");
    private static final CurrentUser SCI = TestItems.staff("reviewer-sci", Role.REVIEWER, "SCI");
    private static final CurrentUser CLERK = TestItems.staff("clerk", Role.CLERK, "SERVICE");

    @Autowired
    Licences licences;
    @Autowired
    Vault vault;
    @Autowired
    WindowCodes codes;
    @Autowired
    LicenceFeed feed;
    @Autowired
    Registry registry;
    @Autowired
    VaultLog log;
    @Autowired
    java.time.Clock clock;

    private String enterprise(String name) {
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, name));
        return uscc;
    }

    private VaultDocument businessLicence(String uscc, String number) {
        LocalDate today = ChinaTime.today(clock);
        return licences.issue(new NewLicence("BUSINESS_LICENCE", uscc, number, today.minusYears(2), null,
                Map.of("登记机关", "济南市市场监督管理局")), null, null, AMR);
    }

    @Test
    void onlyTheIssuingDepartmentIssuesAndEveryBadFieldIsNamed() {
        String uscc = enterprise("济南证照测试有限公司");
        LocalDate today = ChinaTime.today(clock);
        long before = log.size();
        VaultDocument d = businessLicence(uscc, "BL-" + uscc);
        assertThat(d.status()).isEqualTo(VaultDocument.Status.VALID);
        assertThat(d.issuerDepartment()).isEqualTo("AMR");
        assertThat(log.size()).as("the issue is a log entry").isEqualTo(before + 1);
        assertThatThrownBy(() -> licences.issue(new NewLicence("BUSINESS_LICENCE", uscc, "X1", today, null,
                Map.of("a", "b")), null, null, IIT)).hasMessageContaining("您所在部门不能签发");
        assertThatThrownBy(() -> businessLicence(uscc, "BL-" + uscc)).hasMessageContaining("已经签发过");
        assertThatThrownBy(() -> licences.issue(new NewLicence("NO_SUCH", uscc, "X2", today, null, Map.of("a", "b")),
                null, null, AMR)).hasMessageContaining("没有这种证照类型");
        assertThatThrownBy(() -> licences.issue(new NewLicence("BUSINESS_LICENCE", "91370100MA00000000", "X3", today,
                null, Map.of("a", "b")), null, null, AMR)).isInstanceOf(VaultRefusedException.class);
        assertThatThrownBy(() -> licences.issue(new NewLicence("IP_CERTIFICATE", uscc, "X4", today, null,
                Map.of("a", "b")), null, null, AMR)).hasMessageContaining("有效期");
        assertThatThrownBy(() -> licences.issue(new NewLicence("IP_CERTIFICATE", uscc, "X5", today, today.minusDays(1),
                Map.of("a", "b")), null, null, AMR)).hasMessageContaining("不能早于发证日期");
        assertThatThrownBy(() -> licences.issue(new NewLicence("BUSINESS_LICENCE", uscc, "X6", today.plusDays(1), null,
                Map.of("a", "b")), null, null, AMR)).hasMessageContaining("不能晚于今天");
        assertThat(log.size()).as("refusals change nothing").isEqualTo(before + 1);
    }

    @Test
    void aReadNeedsALiveGrantToTheReadersDepartmentAndIsRecorded() {
        String uscc = enterprise("济南授权测试有限公司");
        CurrentUser me = TestItems.enterprise(uscc);
        VaultDocument d = businessLicence(uscc, "BL-G-" + uscc);
        assertThat(vault.mine(me)).extracting(VaultDocument::id).contains(d.id());
        assertThatThrownBy(() -> vault.read(d.id(), IIT)).as("no grant").isInstanceOf(VaultNotFoundException.class);
        assertThatThrownBy(() -> vault.own(d.id(), TestItems.enterprise(enterprise("另一家公司"))))
                .isInstanceOf(VaultNotFoundException.class);
        long grant = vault.grantAsEnterprise(List.of(d.id()), "IIT", "专精特新复核", ChinaTime.today(clock).plusDays(10), me);
        long before = log.size();
        assertThat(vault.read(d.id(), IIT).id()).isEqualTo(d.id());
        assertThat(log.size()).as("the read is a log entry").isEqualTo(before + 1);
        assertThatThrownBy(() -> vault.read(d.id(), SCI)).as("another department").isInstanceOf(VaultNotFoundException.class);
        List<VaultRead> reads = vault.readsOf(me);
        assertThat(reads).hasSize(1);
        assertThat(reads.get(0).departmentCode()).isEqualTo("IIT");
        assertThat(reads.get(0).purpose()).isEqualTo(VaultGrant.Purpose.PROCEDURE);
        assertThat(reads.get(0).purposeRef()).isEqualTo("专精特新复核");
        assertThat(reads.get(0).logIndex()).isEqualTo(before);
        vault.revoke(grant, me);
        assertThatThrownBy(() -> vault.read(d.id(), IIT)).as("revoked").isInstanceOf(VaultNotFoundException.class);
        assertThatThrownBy(() -> vault.revoke(grant, me)).hasMessageContaining("已撤回");
        assertThatThrownBy(() -> vault.revoke(grant, TestItems.enterprise(enterprise("第三家公司"))))
                .isInstanceOf(VaultNotFoundException.class);
        assertThatThrownBy(() -> vault.grant(uscc, List.of(d.id()), "IIT", VaultGrant.Purpose.PROCEDURE, "x",
                OffsetDateTime.now(clock).minusMinutes(1), "x")).hasMessageContaining("晚于现在");
        assertThatThrownBy(() -> vault.grantAsEnterprise(List.of(d.id()), "NOPE", "复核", ChinaTime.today(clock).plusDays(3),
                me)).hasMessageContaining("没有这个部门");
    }

    @Test
    void aRevokedOrExpiredLicenceIsRefusedByNameEvenUnderAGrant() {
        String uscc = enterprise("济南撤销测试有限公司");
        CurrentUser me = TestItems.enterprise(uscc);
        LocalDate today = ChinaTime.today(clock);
        VaultDocument d = businessLicence(uscc, "BL-R-" + uscc);
        VaultDocument ip = licences.issue(new NewLicence("IP_CERTIFICATE", uscc, "IP-" + uscc, today.minusDays(10),
                today.minusDays(1), Map.of("专利号", "ZL2020")), null, null, AMR);
        vault.grantAsEnterprise(List.of(d.id(), ip.id()), "IIT", "复核", today.plusDays(5), me);
        assertThatThrownBy(() -> licences.revoke(d.id(), "x", IIT)).isInstanceOf(VaultNotFoundException.class);
        assertThatThrownBy(() -> licences.revoke(d.id(), " ", AMR)).hasMessageContaining("撤销理由");
        licences.revoke(d.id(), "营业执照已注销", AMR);
        assertThatThrownBy(() -> vault.read(d.id(), IIT)).hasMessageContaining("营业执照已注销");
        assertThatThrownBy(() -> licences.revoke(d.id(), "again", AMR)).hasMessageContaining("不在有效状态");
        assertThat(licences.expire(today)).isGreaterThanOrEqualTo(1);
        assertThat(vault.own(ip.id(), me).status()).isEqualTo(VaultDocument.Status.EXPIRED);
        assertThatThrownBy(() -> vault.read(ip.id(), IIT)).hasMessageContaining("过期");
        assertThat(vault.offers(uscc, List.of("营业执照", "专利证书或商标注册证")))
                .as("nothing invalid is offered").allSatisfy((name, docs) -> assertThat(docs).isEmpty());
    }

    @Test
    void aWindowCodeOpensItsSetOnceAndAWrongOrUsedCodeIsRefused() {
        String uscc = enterprise("济南窗口码测试有限公司");
        CurrentUser me = TestItems.enterprise(uscc);
        VaultDocument d = businessLicence(uscc, "BL-W-" + uscc);
        WindowCodes.Issued issued = codes.issue(List.of(d.id()), me);
        assertThat(issued.code()).matches("\\d{8}");
        assertThatThrownBy(() -> codes.open("1234567", CLERK)).hasMessageContaining("8位");
        String wrong = issued.code().equals("00000000") ? "00000001" : "00000000";
        assertThatThrownBy(() -> codes.open(wrong, CLERK)).hasMessageContaining("不正确、已使用或已过期");
        assertThatThrownBy(() -> codes.open(issued.code(), IIT)).as("a reviewer is not the window")
                .isInstanceOf(VaultNotFoundException.class);
        WindowCodes.Opened opened = codes.open(issued.code(), CLERK);
        assertThat(opened.documents()).extracting(VaultDocument::id).containsExactly(d.id());
        assertThat(codes.document(opened.grantId(), d.id(), CLERK).id()).isEqualTo(d.id());
        assertThatThrownBy(() -> codes.open(issued.code(), CLERK)).as("used once").hasMessageContaining("已使用");
        assertThatThrownBy(() -> codes.document(opened.grantId(), d.id(), IIT)).isInstanceOf(VaultNotFoundException.class);
        assertThat(vault.readsOf(me)).extracting(VaultRead::departmentCode).containsOnly("SERVICE");
        assertThat(vault.readsOf(me)).hasSize(2);
        assertThatThrownBy(() -> codes.issue(List.of(), me)).hasMessageContaining("至少选择一份");
    }

    @Test
    void aBulkFeedIssuesTheGoodRowsAndNamesEachBadOne() throws Exception {
        String uscc = enterprise("济南批量证照测试有限公司");
        String csv = "\uFEFFtype,holder,number,issued_on,valid_until,body\n"
                + "BUSINESS_LICENCE," + uscc + ",FEED-" + uscc + ",2024-03-01,,\"登记机关:济南市市场监督管理局;类型:有限责任公司;核准时间:09:30\"\n"
                + "BUSINESS_LICENCE,91370100XXXXXXXXXX,FEED-X,2024-03-01,,登记机关:x\n"
                + "IP_CERTIFICATE," + uscc + ",FEED-IP-" + uscc + ",2024-03-01,,专利号:ZL1\n"
                + "BUSINESS_LICENCE," + uscc + ",FEED-D-" + uscc + ",2024-13-01,,登记机关:x\n"
                + "BUSINESS_LICENCE," + uscc + "\n";
        LicenceFeed.Result r = feed.deliver(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), AMR);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(4);
        assertThat(r.errors()).extracting(LicenceFeed.RowError::row).containsExactly(3L, 4L, 5L, 6L);
        assertThat(r.errors()).extracting(LicenceFeed.RowError::column).containsExactly("holder", "valid_until", "issued_on", null);
        assertThat(r.errors().get(1).message()).contains("有效期");
        VaultDocument issued = vault.mine(TestItems.enterprise(uscc)).get(0);
        assertThat(issued.body()).containsEntry("类型", "有限责任公司").containsEntry("核准时间", "09:30");
        assertThatThrownBy(() -> feed.deliver(new java.io.ByteArrayInputStream("a,b\n".getBytes()), AMR))
                .hasMessageContaining("表头");
    }

    @Test
    void theDemoVaultHoldsLicencesFromTheRegistryAndAFewHundredLogEntries() {
        CurrentUser ent1 = TestItems.enterprise(org.jiqitong.registry.DemoRegistry.ENTERPRISE_USCCS.get(0));
        assertThat(vault.mine(ent1)).extracting(VaultDocument::typeCode).contains("BUSINESS_LICENCE", "HIGH_TECH");
        assertThat(vault.readsOf(ent1)).extracting(VaultRead::departmentCode).contains("IIT");
        assertThat(log.size()).isGreaterThanOrEqualTo(200);
    }
}

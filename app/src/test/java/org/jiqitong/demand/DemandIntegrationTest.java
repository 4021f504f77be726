package org.jiqitong.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Dispatch, 首接负责, transfer / return / redispatch, reopen once, scope, the catalogue, and the rates' exports. */
class DemandIntegrationTest extends IntegrationTest {

    static final CurrentUser ENT1 = TestItems.enterprise(DemoRegistry.ENTERPRISE_USCCS.get(0));
    static final CurrentUser ENT2 = TestItems.enterprise(DemoRegistry.ENTERPRISE_USCCS.get(1));
    static final CurrentUser IIT = TestItems.staff("reviewer", Role.REVIEWER, "IIT");
    static final CurrentUser TAX = TestItems.staff("tax", Role.REVIEWER, "TAX");
    static final CurrentUser CLERK = TestItems.staff("clerk", Role.CLERK, "SERVICE");

    @Autowired
    Demands demands;
    @Autowired
    DemandHandling handling;
    @Autowired
    Supervision supervision;

    @Test
    void aMisroutedDemandIsTransferredOrReturnedAndTheFirstReceiverStaysOnRecord() {
        DemandView d = demands.fileAsEnterprise("POLICY", "增值税留抵退税迟迟未退(测试)", null, ENT1);
        assertThat(d.departmentCode()).isEqualTo("IIT");
        assertThat(supervision.clock(Demands.SUBJECT, d.id(), "RESOLVE").orElseThrow().dueOn()).isEqualTo(d.resolveDue());
        assertThatThrownBy(() -> handling.respond(d.id(), null, TAX)).isInstanceOf(DemandNotFoundException.class);
        assertThatThrownBy(() -> handling.transfer(d.id(), "TAX", " ", IIT)).hasMessageContaining("转办理由");
        DemandView moved = handling.transfer(d.id(), "TAX", "属于税务部门职责", IIT);
        assertThat(moved.departmentCode()).isEqualTo("TAX");
        assertThat(moved.firstReceiver()).isEqualTo("IIT");
        assertThat(supervision.clock(Demands.SUBJECT, d.id(), "RESOLVE").orElseThrow().departmentCode()).isEqualTo("TAX");
        assertThat(demands.get(d.id(), IIT).id()).as("the first receiver still sees it").isEqualTo(d.id());

        DemandView wrong = demands.fileAsEnterprise("MARKET", "园区停车难(测试)", null, ENT1);
        CurrentUser amr = TestItems.staff("amr", Role.REVIEWER, "AMR");
        handling.returnToDispatcher(wrong.id(), "不属于市场监管职责", amr);
        assertThat(demands.queue(CLERK)).extracting(DemandView::id).contains(wrong.id());
        assertThatThrownBy(() -> handling.redispatch(wrong.id(), "HUD", null, amr)).isInstanceOf(DemandNotFoundException.class);
        handling.redispatch(wrong.id(), "SERVICE", "转企业服务中心协调", CLERK);
        assertThat(demands.get(wrong.id(), CLERK).departmentCode()).isEqualTo("SERVICE");
        assertThat(demands.timeline(wrong.id())).extracting(s -> (String) s[1])
                .containsExactly("FILED_WEB", "RETURN", "REDISPATCH");
    }

    @Test
    void attachmentsAreCheckedByContentAndABadOneFilesNothing() {
        long before = demands.mine(ENT1).size();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};
        assertThatThrownBy(() -> demands.fileAsEnterprise("OTHER", "带附件(坏)", null, java.util.List.of(
                new Demands.Upload("photo.png", new ByteArrayInputStream(png)),
                new Demands.Upload("fake.jpg", new ByteArrayInputStream("not an image".getBytes(StandardCharsets.UTF_8)))),
                ENT1)).isInstanceOf(DemandRefusedException.class).hasMessageContaining("fake.jpg");
        assertThat(demands.mine(ENT1)).as("nothing filed").hasSize((int) before);
        DemandView d = demands.fileAsEnterprise("OTHER", "带附件", null, java.util.List.of(
                new Demands.Upload("C:\\Users\\me\\photo.png", new ByteArrayInputStream(png))), ENT1);
        assertThat(demands.attachments(d.id(), ENT1)).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("photo.png");
            assertThat(a.contentType()).isEqualTo("image/png");
        });
        assertThatThrownBy(() -> demands.attachments(d.id(), ENT2)).isInstanceOf(DemandNotFoundException.class);
    }

    /** Issue 15.6: the handler says whether the demand is resolved; a reply without the choice is refused, not "未解决". */
    @Test
    void aReplyOnThePageMustSayWhetherTheDemandIsResolved() {
        DemandView d = demands.fileAsEnterprise("POLICY", "补贴申报咨询(答复测试)", null, ENT1);
        handling.respond(d.id(), null, IIT);
        org.jiqitong.Http reviewer = org.jiqitong.Http.anonymous(port);
        reviewer.formLogin("reviewer", "jiqitong-demo");
        String csrf = reviewer.csrfToken("/demands/" + d.id());
        reviewer.postForm("/demands/" + d.id() + "/reply", java.util.Map.of("text", "已电话联系企业说明"), csrf);
        assertThat(reviewer.get("/demands/" + d.id()).body()).contains("请选择诉求是否已解决");
        assertThat(demands.get(d.id(), IIT).status()).as("not replied").isEqualTo(DemandStatus.RESPONDED);
        reviewer.postForm("/demands/" + d.id() + "/reply", java.util.Map.of("text", "已电话联系企业说明",
                "resolved", "false"), csrf);
        DemandView replied = demands.get(d.id(), IIT);
        assertThat(replied.status()).isEqualTo(DemandStatus.REPLIED);
        assertThat(replied.resolved()).isFalse();
    }

    @Test
    void aReplyIsRatedAndMayBeReopenedOnceWithAReason() {
        DemandView d = demands.fileAsEnterprise("POLICY", "高企认定奖励未兑现(测试)", null, ENT1);
        assertThatThrownBy(() -> handling.reply(d.id(), "已处理", true, IIT)).hasMessageContaining("请先响应");
        handling.respond(d.id(), null, IIT);
        handling.reply(d.id(), "已兑现", false, IIT);
        assertThatThrownBy(() -> handling.rate(d.token(), "GREAT", "ent1")).hasMessageContaining("满意");
        assertThatThrownBy(() -> handling.reopen(d.token(), " ", "ent1")).hasMessageContaining("理由");
        DemandView again = handling.reopen(d.token(), "实际未到账", "ent1");
        assertThat(again.status()).isEqualTo(DemandStatus.REOPENED);
        assertThat(supervision.clock(Demands.SUBJECT, d.id(), "RESOLVE_AGAIN")).isPresent();
        handling.respond(d.id(), null, IIT);
        handling.reply(d.id(), "已核实到账", true, IIT);
        assertThatThrownBy(() -> handling.reopen(d.token(), "还想再办", "ent1")).hasMessageContaining("只能重新办理一次");
        assertThat(handling.rate(d.token(), "BASIC", "ent1").status()).isEqualTo(DemandStatus.CLOSED);
        assertThatThrownBy(() -> handling.rate(d.token(), "SATISFIED", "ent1")).hasMessageContaining("答复后");
    }

    @Test
    void scopeTheWindowTheCatalogueAndTheRatesPages() throws Exception {
        DemandView d = demands.fileAsEnterprise("POLICY", "范围测试诉求", null, ENT1);
        assertThatThrownBy(() -> demands.get(d.id(), ENT2)).isInstanceOf(DemandNotFoundException.class);
        Http ent2 = Http.anonymous(port);
        ent2.formLogin("ent2", "jiqitong-demo");
        assertThat(ent2.get("/my/demands/" + d.id()).statusCode()).isEqualTo(404);
        assertThat(ent2.get("/demands/" + d.id()).statusCode()).isEqualTo(404);
        Http finance = Http.anonymous(port);
        finance.formLogin("finance", "jiqitong-demo");
        assertThat(finance.get("/demands/" + d.id()).statusCode()).isEqualTo(404);
        String csrf = finance.csrfToken("/");
        assertThat(finance.postForm("/demands/" + d.id() + "/respond", java.util.Map.of(), csrf).statusCode()).isEqualTo(404);

        assertThatThrownBy(() -> demands.fileAtWindow(new NewDemand("WINDOW", "91370102MA3C0000X1", "王", "1", null,
                "OTHER", "窗口登记", null, null, null), CLERK)).isInstanceOf(DemandRefusedException.class)
                .hasMessageContaining("校验码");
        assertThatThrownBy(() -> demands.fileAtWindow(new NewDemand("WINDOW", null, "王", "1", null, "OTHER", "x", null,
                null, null), IIT)).isInstanceOf(DemandNotFoundException.class);
        DemandView walkIn = demands.fileAtWindow(new NewDemand("WINDOW", null, "王女士", "13700000000", null, "OTHER",
                "窗口排队时间过长", null, null, null), CLERK);
        assertThat(walkIn.channel()).isEqualTo("WINDOW");

        CurrentUser admin = TestItems.staff("admin", Role.ADMIN, null);
        assertThatThrownBy(() -> demands.saveCategory("OTHER", "SERVICE", 0, 5, true, admin)).hasMessageContaining("1至240小时");
        assertThatThrownBy(() -> demands.saveCategory("OTHER", "NOPE", 8, 3, true, admin)).hasMessageContaining("没有这个部门");
        demands.saveCategory("OTHER", "DRC", 8, 3, true, admin);
        DemandView after = demands.fileAtWindow(new NewDemand("WINDOW", null, "赵", "1", null, "OTHER", "目录修改后", null,
                null, null), CLERK);
        assertThat(after.departmentCode()).isEqualTo("DRC");
        assertThat(java.time.Duration.between(after.createdAt(), after.respondDue()).toHours()).isEqualTo(8);
        demands.saveCategory("OTHER", "SERVICE", 24, 10, true, admin);

        Http supervisor = Http.anonymous(port);
        supervisor.formLogin("supervisor", "jiqitong-demo");
        assertThat(supervisor.get("/demands/rates").body()).contains("响应率", "按部门", "按月份");
        String csv = new String(supervisor.getBytes("/demands/rates.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF维度,分组,诉求数").contains("all,ALL,");
        byte[] xlsx = supervisor.getBytes("/demands/rates.xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheet("category")).isNotNull();
            assertThat(book.getSheet("month").getRow(0).getCell(7).getStringCellValue()).isEqualTo("响应率");
        }
        assertThat(ent2.get("/demands/rates").statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get("/stats/demands").body()).contains("满意率").doesNotContain("范围测试诉求");
        Http adminHttp = Http.anonymous(port);
        adminHttp.formLogin("admin", "jiqitong-demo");
        assertThat(adminHttp.get("/admin/demand-categories").body()).contains("惠企政策咨询与兑现");
        assertThat(supervisor.get("/admin/demand-categories").statusCode()).isEqualTo(403);
    }
}

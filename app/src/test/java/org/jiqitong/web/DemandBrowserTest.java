package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.BrowserTest;
import org.jiqitong.demand.Demands;
import org.jiqitong.demand.DemandView;
import org.jiqitong.demand.NewDemand;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, 接诉即办: an enterprise files a demand → the department responds and replies → the enterprise rates
 * it; a demand nobody answers runs past its limit and is escalated to the supervisors.
 */
class DemandBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Autowired
    Demands demands;
    @Autowired
    Supervision supervision;

    @Test
    void fileReplyRateAndAnOverdueOneIsEscalated() throws Exception {
        String problem = "政策兑现资金三个月未到账(浏览器测试 " + System.nanoTime() + ")";
        signIn("ent1", PASSWORD);
        open("/my/demands");
        new Select(browser.findElement(By.id("category"))).selectByValue("POLICY");
        click(By.id("file-demand"));
        waitForText(By.id("flash-error"), "请描述遇到的问题");
        browser.findElement(By.id("description")).sendKeys(problem);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("receipt-", ".png");
        java.nio.file.Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0});
        browser.findElement(By.id("files")).sendKeys(photo.toString());
        click(By.id("file-demand"));
        waitForText(By.id("flash-notice"), "已派至承办部门");
        assertThat(browser.findElement(By.id("demand-attachments")).getText()).contains(photo.getFileName().toString());
        assertThat(browser.findElement(By.id("demand-status")).getText()).isEqualTo("已派单");
        String demandUrl = browser.getCurrentUrl();
        long id = Long.parseLong(demandUrl.substring(demandUrl.lastIndexOf('/') + 1));

        browser.manage().deleteAllCookies();
        signIn("reviewer", PASSWORD);
        open("/demands");
        assertThat(waitFor(By.tagName("main")).getText()).contains("政策兑现资金三个月未到账");
        browser.get(url("/demands/" + id));
        // the handler sees who filed it, linked to the enterprise's profile
        assertThat(waitFor(By.id("demand-filer")).getText()).contains("济南泉智精密机械有限公司(演示)",
                org.jiqitong.registry.DemoRegistry.ENTERPRISE_USCCS.get(0));
        assertThat(browser.findElement(By.cssSelector("#demand-filer a")).getAttribute("href"))
                .endsWith("/registry/entities/" + org.jiqitong.registry.DemoRegistry.ENTERPRISE_USCCS.get(0));
        click(By.id("respond"));
        waitForText(By.id("flash-notice"), "已响应");
        browser.findElement(By.id("text")).sendKeys("经核实,资金已于今日拨付。");
        click(By.id("resolved"));
        click(By.id("send-reply"));
        waitForText(By.id("flash-notice"), "已答复");

        browser.manage().deleteAllCookies();
        signIn("ent1", PASSWORD);
        browser.get(demandUrl);
        assertThat(waitFor(By.id("demand-reply")).getText()).contains("资金已于今日拨付", "已解决");
        click(By.id("rating-SATISFIED"));
        click(By.id("send-rating"));
        waitForText(By.id("flash-notice"), "感谢您的评价");
        assertThat(browser.findElement(By.id("demand-status")).getText()).isEqualTo("已办结");
        assertThat(browser.findElement(By.id("demand-timeline")).getText())
                .contains("企业在线提出", "承办部门响应", "市工业和信息化局", "答复:已解决", "评价:满意")
                .doesNotContain("reviewer");

        // nobody answers this one: past its limit it is escalated, and the supervisors see it
        DemandView late = demands.file(new NewDemand("HOTLINE", null, "张先生", "13900000000", null, "MARKET",
                "无人办理的诉求(浏览器测试)", "济南市测试路", null, null), "12345");
        supervision.escalateOverdue(late.resolveDue().plusDays(1)); // the hourly job, after the limit
        browser.manage().deleteAllCookies();
        signIn("supervisor", PASSWORD);
        open("/supervision");
        var row = browser.findElement(By.id("clock-" + supervision.clock(Demands.SUBJECT, late.id(), "RESOLVE")
                .orElseThrow().id()));
        assertThat(row.getText()).contains("诉求 · 市场监管", "已上报督办");
        open("/demands/rates");
        waitFor(By.cssSelector("#rates-chart canvas")); // the chart draws (its script is a static file: the CSP allows it)

        // the caller follows it by token; the public sees the rates, without content
        browser.manage().deleteAllCookies();
        open("/demands/track?token=" + late.token());
        assertThat(waitFor(By.id("demand-description")).getText()).contains("无人办理的诉求");
        open("/stats/demands");
        assertThat(waitFor(By.tagName("main")).getText()).contains("响应率", "解决率", "满意率")
                .doesNotContain("无人办理的诉求");
    }
}

package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jiqitong.BrowserTest;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, 企业休眠: ent2 applies → the AMR reviewer registers it → ent2's profile shows 休眠 and its page the
 * term, the public list shows it → a credit-flag delivery listing ent2 for "住所无法联系" is refused for that row →
 * ent2 recovers early → 存续.
 */
class DormancyBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";
    private static final String ENT2 = DemoRegistry.ENTERPRISE_USCCS.get(1);

    @Autowired
    java.time.Clock clock;

    private void date(String id, java.time.LocalDate day) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '" + day + "'", browser.findElement(By.id(id)));
    }

    @Test
    void ent2RegistersADormancyTheRegistryAndThePublicListShowItAndItRecovers() throws Exception {
        var today = ChinaTime.today(clock);
        signIn("ent2", PASSWORD);
        open("/my/dormancy");
        waitFor(By.id("apply-form"));
        date("start", today);
        date("end", today.plusMonths(8));
        browser.findElement(By.id("serviceAddress")).sendKeys("济南市高新区送达大厦1号");
        browser.findElement(By.id("contact")).sendKeys("孙经理 0531-11112222");
        browser.findElement(By.id("reason")).sendKeys("项目间歇期,暂停经营");
        click(By.id("apply"));
        waitForText(By.id("flash-error"), "承诺");
        assertThat(browser.findElement(By.id("serviceAddress")).getAttribute("value")).as("kept after a refusal")
                .isEqualTo("济南市高新区送达大厦1号");
        click(By.id("labourSettled"));
        click(By.id("commitment"));
        click(By.id("apply"));
        waitForText(By.id("flash-notice"), "休眠申请已提交");
        assertThat(browser.findElement(By.id("current-status")).getText()).isEqualTo("待备案");

        browser.manage().deleteAllCookies();
        signIn("licensing", PASSWORD);
        open("/dormancy");
        var kase = browser.findElements(By.cssSelector(".dormancy-case")).stream()
                .filter(e -> e.getText().contains(ENT2)).findFirst().orElseThrow();
        assertThat(kase.getText()).contains("济南市高新区送达大厦1号", today.toString());
        click(kase.findElement(By.className("register")));
        waitForText(By.id("flash-notice"), "已备案");

        browser.manage().deleteAllCookies();
        signIn("ent2", PASSWORD);
        open("/registry/entities/" + ENT2);
        assertThat(waitFor(By.id("entity-status")).getText()).isEqualTo("休眠");
        assertThat(browser.findElement(By.id("dormancy-term")).getText()).isEqualTo(today + " 至 " + today.plusMonths(8));
        open("/my/dormancy");
        assertThat(waitFor(By.id("current-status")).getText()).isEqualTo("休眠中");
        assertThat(browser.findElement(By.id("current-term")).getText()).contains(today.toString(),
                today.plusMonths(8).toString());
        browser.manage().deleteAllCookies();
        open("/dormancy/public");
        assertThat(waitFor(By.id("public-list")).getText()).contains(ENT2, "济南市高新区送达大厦1号");

        // the registry refuses to list a dormant ent2 as abnormal for an unreachable address
        signIn("admin", PASSWORD);
        open("/registry/imports");
        Path csv = Files.createTempFile("credit-", ".csv");
        Files.writeString(csv, "uscc,qualification,level,valid_from,valid_to,reason\n" + ENT2 + ",经营异常名录,," + today
                + ",,通过登记的住所无法联系\n");
        new Select(waitFor(By.id("feed"))).selectByValue("QUALIFICATIONS");
        new Select(browser.findElement(By.id("source"))).selectByValue("AMR");
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        click(By.id("upload-submit"));
        waitForText(By.id("run-state"), "已完成");
        assertThat(browser.findElement(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("errors")).getText()).contains("2", "reason", "休眠期");

        browser.manage().deleteAllCookies();
        signIn("ent2", PASSWORD);
        open("/my/dormancy");
        click(waitFor(By.id("recover")));
        waitForText(By.id("flash-notice"), "已恢复正常经营状态");
        assertThat(browser.findElement(By.id("history")).getText()).contains("已提前恢复");
        open("/registry/entities/" + ENT2);
        assertThat(waitFor(By.id("entity-status")).getText()).isEqualTo("存续");
    }
}

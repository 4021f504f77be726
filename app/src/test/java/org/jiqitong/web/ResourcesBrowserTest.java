package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jiqitong.BrowserTest;
import org.jiqitong.TestItems;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.Resources;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, 政府资源库 and 服务专员: ent1 states a space need → sees the matched 产业空间 with the fit per constraint →
 * the owning department (工信局) answers within its clock → ent1 books a slot of a shared instrument and ent2's
 * overlapping request is refused; ent1 authorises its commissioner, who sees ent1's take-up gaps and drafts an
 * application that ent1 confirms (its timeline says 由服务专员代办); another commissioner gets 404.
 */
class ResourcesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";
    private static final String ENT1 = DemoRegistry.ENTERPRISE_USCCS.get(0);

    @Autowired
    java.time.Clock clock;
    @Autowired
    Supervision supervision;
    @Autowired
    Resources resources;
    @Autowired
    Policies policies;

    private void value(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    @Test
    void ent1StatesASpaceNeedTheDepartmentAnswersAndEnt1BooksAnInstrumentSlotThatEnt2CannotTake() {
        signIn("ent1", PASSWORD);
        open("/my/needs");
        new org.openqa.selenium.support.ui.Select(waitFor(By.id("need-kind"))).selectByValue("SPACE");
        browser.findElement(By.id("areaM2")).sendKeys("-20");
        click(By.id("d-370112"));
        browser.findElement(By.id("description")).sendKeys("扩大产能,需要标准厂房");
        click(By.id("state-need"));
        waitForText(By.id("flash-error"), "空间面积(m²)");
        assertThat(browser.findElement(By.id("description")).getAttribute("value")).as("kept").contains("标准厂房");
        browser.findElement(By.id("areaM2")).clear();
        browser.findElement(By.id("areaM2")).sendKeys("2000");
        click(By.id("d-370112"));
        click(By.id("state-need"));
        waitForText(By.id("flash-notice"), "需求已提交");
        String needUrl = browser.getCurrentUrl();
        WebElement first = browser.findElements(By.cssSelector(".match")).get(0);
        assertThat(first.findElement(By.className("match-title")).getText()).isEqualTo("历城区智能制造产业园 3 号标准厂房");
        assertThat(first.findElement(By.className("match-verdict")).getText()).isEqualTo("符合使用条件");
        assertThat(first.findElement(By.className("fit")).getText()).contains("面积(±20%):满足", "需要 2000 m²,可提供 2000 m²",
                "区县:满足", "位于历城区");
        assertThat(browser.findElements(By.cssSelector(".fit-unmet"))).as("a partial fit names what it misses").isNotEmpty();
        LocalDate due = supervision.calendar().addWorkingDays(ChinaTime.today(clock), 3);
        assertThat(browser.findElement(By.id("routes")).getText()).contains("市工业和信息化局", "待答复", due.toString());

        browser.manage().deleteAllCookies();
        signIn("officer", PASSWORD);
        open("/department/resources");
        WebElement routed = browser.findElements(By.cssSelector(".routed-need")).stream()
                .filter(e -> e.getText().contains("扩大产能")).findFirst().orElseThrow();
        assertThat(routed.getText()).contains(due.toString(), "2000 m²");
        open("/supervision");
        assertThat(waitFor(By.id("clocks")).getText()).contains("企业需求 · 产业空间", "部门答复企业需求");
        open("/department/resources");
        routed = browser.findElements(By.cssSelector(".routed-need")).stream()
                .filter(e -> e.getText().contains("扩大产能")).findFirst().orElseThrow();
        routed.findElement(By.className("response")).sendKeys("可提供历城区智能制造产业园 3 号厂房,请联系园区 0531-52000000");
        click(routed.findElement(By.className("respond")));
        waitForText(By.id("flash-notice"), "已答复企业");

        browser.manage().deleteAllCookies();
        signIn("ent1", PASSWORD);
        browser.get(needUrl);
        assertThat(waitFor(By.id("routes")).getText()).contains("已答复", "0531-52000000");

        // a shared instrument, on the next working day
        ResourceView facility = resources.search(ResourceKind.FACILITY, null, null, null, 0, 1).items().get(0);
        LocalDate day = supervision.calendar().addWorkingDays(ChinaTime.today(clock), 1);
        open("/resources/" + facility.id() + "?date=" + day);
        assertThat(waitFor(By.id("slots")).getText()).contains("10:00–11:00");
        value("start", "10:00");
        value("end", "11:00");
        browser.findElement(By.id("purpose")).sendKeys("样品形貌检测");
        click(By.id("book"));
        waitForText(By.id("flash-notice"), "已提交预约");
        assertThat(browser.findElement(By.id("slots")).getText()).doesNotContain("10:00–11:00");

        browser.manage().deleteAllCookies();
        signIn("ent2", PASSWORD);
        open("/resources/" + facility.id() + "?date=" + day);
        value("start", "10:30");
        value("end", "11:30");
        click(waitFor(By.id("book")));
        waitForText(By.id("flash-error"), "该时段已被预约");
        open("/my/needs");
        assertThat(browser.findElements(By.cssSelector(".booking-row"))).as("ent2 holds no booking of that slot")
                .noneMatch(e -> e.getText().contains(facility.title()) && e.getText().contains(day + " 10:30"));
    }

    @Test
    void ent1sCommissionerSeesItsGapsAndDraftsAnApplicationThatEnt1ConfirmsAndAnotherCommissionerGets404() throws Exception {
        ItemVersionView item = TestItems.publishPayableForManufacturers(policies, "制造业补助(代办测试)" + System.nanoTime());
        signIn("ent1", PASSWORD);
        open("/my/commissioner");
        assertThat(waitFor(By.id("commissioner-name")).getText()).contains("服务专员");
        value("until", ChinaTime.today(clock).plusMonths(3).toString());
        click(By.id("authorise"));
        waitForText(By.id("flash-notice"), "已授权服务专员代办");

        browser.manage().deleteAllCookies();
        signIn("commissioner", PASSWORD);
        open("/commissioner");
        click(waitFor(By.cssSelector("a[href='/commissioner/" + ENT1 + "']")));
        assertThat(waitFor(By.id("authorisation")).getText()).contains("企业已授权代办");
        WebElement gap = browser.findElements(By.cssSelector(".gap")).stream()
                .filter(e -> e.getText().contains(item.content().name())).findFirst().orElseThrow();
        assertThat(gap.getText()).contains("10,000.00");
        click(gap.findElement(By.className("draft-application")));
        waitForText(By.id("flash-notice"), "已代为起草申报");

        browser.manage().deleteAllCookies();
        signIn("commissioner2", PASSWORD);
        expectConsoleError("404");
        open("/commissioner/" + ENT1);
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("未找到");

        browser.manage().deleteAllCookies();
        signIn("ent1", PASSWORD);
        open("/policies/" + item.itemId());
        click(waitFor(By.id("apply")));
        waitFor(By.id("app-form"));
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("由服务专员代办");
        browser.findElement(By.id("f-contact_person")).sendKeys("王会计");
        browser.findElement(By.id("f-contact_phone")).sendKeys("0531-12345678");
        click(By.id("save-form"));
        waitForText(By.id("flash-notice"), "已保存");
        Path pdf = Files.createTempFile("license-", ".pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("file-0")).sendKeys(pdf.toString());
        click(By.id("upload-0"));
        waitForText(By.id("flash-notice"), "材料已上传");
        click(By.id("declared"));
        click(By.id("submit-application"));
        waitForText(By.id("flash-notice"), "已提交,受理编号 JQT");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("由服务专员代办", "提交");
    }
}

package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiqitong.BrowserTest;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, 民营经济监测: the supervisor opens the dashboards (every chart draws), filters by district (kept in
 * the address, the figures change to the district's) and downloads a table's XLSX; the administrator records a target
 * and a reading and sees its progress.
 */
class MonitoringBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Autowired
    Registry registry;
    @Autowired
    java.time.Clock clock;

    @SuppressWarnings("unchecked")
    private List<Object> download(String href) {
        return (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {
                  var bytes = new Uint8Array(b);
                  done([r.status, r.headers.get('content-type'), b.byteLength, bytes[0], bytes[1]]); }); });""", href);
    }

    private long total(String tableId) {
        return browser.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .mapToLong(r -> Long.parseLong(r.findElements(By.tagName("td")).get(1).getText().replace(",", ""))).sum();
    }

    @Test
    void theSupervisorFiltersTheDashboardsByDistrictAndDownloadsATable() {
        registry.refreshSummaries();
        signIn("supervisor", PASSWORD);
        open("/dashboards");
        waitFor(By.id("table-bySTATUS"));
        for (WebElement chart : browser.findElements(By.cssSelector(".dash-chart"))) {
            assertThat(chart.getAttribute("data-drawn")).as("chart " + chart.getAttribute("id") + " drawn").isEqualTo("true");
            assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        }
        long city = total("table-bySTATUS");
        assertThat(city).isGreaterThan(1000);
        assertThat(browser.findElement(By.id("table-deliveryByDepartment")).getText()).contains("市工业和信息化局");
        assertThat(browser.findElement(By.id("targets")).getText()).contains("2,000 家", "已到期");

        new Select(browser.findElement(By.id("district"))).selectByValue("370112");
        click(By.id("apply-filter"));
        waitFor(By.id("table-bySTATUS"));
        assertThat(browser.getCurrentUrl()).contains("district=370112");
        long licheng = total("table-bySTATUS");
        assertThat(licheng).isPositive().isLessThan(city);
        assertThat(browser.findElements(By.cssSelector("#table-byDISTRICT tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.id("table-byDISTRICT")).getText()).contains("历城区");

        String href = browser.findElement(By.id("xlsx-bySTATUS")).getAttribute("href");
        assertThat(href).contains("district=370112");
        List<Object> xlsx = download(href);
        assertThat(((Number) xlsx.get(0)).intValue()).isEqualTo(200);
        assertThat((String) xlsx.get(1)).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(((Number) xlsx.get(2)).intValue()).isGreaterThan(1000);
        assertThat(((Number) xlsx.get(3)).intValue()).as("a ZIP (XLSX) begins with PK").isEqualTo('P');
        assertThat(((Number) xlsx.get(4)).intValue()).isEqualTo('K');
    }

    @Test
    void theAdministratorRecordsATargetAndSeesItsProgress() {
        var today = ChinaTime.today(clock);
        signIn("admin", PASSWORD);
        open("/admin/targets");
        browser.findElement(By.id("name")).sendKeys("人才公寓筹集(浏览器测试)");
        new Select(browser.findElement(By.id("measure"))).selectByValue("RECORDED");
        browser.findElement(By.id("target")).sendKeys("2000");
        browser.findElement(By.id("unit")).sendKeys("套");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('start').value = arguments[0];"
                + "document.getElementById('due').value = arguments[1];", today.minusDays(50).toString(),
                today.plusDays(50).toString());
        browser.findElement(By.id("source")).sendKeys("市住房和城乡建设局");
        click(By.id("record-target"));
        waitForText(By.id("flash-notice"), "已保存目标");
        WebElement row = browser.findElements(By.cssSelector(".target-row")).stream()
                .filter(r -> r.getText().contains("人才公寓筹集(浏览器测试)")).findFirst().orElseThrow();
        assertThat(row.findElement(By.className("target-state")).getText()).isEqualTo("暂无数据");

        new Select(browser.findElement(By.id("reading-target"))).selectByVisibleText("人才公寓筹集(浏览器测试)");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('asOf').value = arguments[0];", today.toString());
        browser.findElement(By.id("value")).sendKeys("1200");
        click(By.id("record-reading"));
        waitForText(By.id("flash-notice"), "已录入");
        row = browser.findElements(By.cssSelector(".target-row")).stream()
                .filter(r -> r.getText().contains("人才公寓筹集(浏览器测试)")).findFirst().orElseThrow();
        assertThat(row.findElement(By.className("target-bar")).getText()).isEqualTo("60%");
        assertThat(row.findElement(By.className("target-state")).getText()).isEqualTo("进度正常");
        assertThat(row.getText()).contains("1,200");
    }
}

package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jiqitong.BrowserTest;
import org.jiqitong.TestUsccs;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Real Chromium: what an enterprise, an administrator and a visitor see. */
class RegistryBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Test
    void anEnterpriseSeesItsOwnProfileAndNotAnotherOne() {
        signIn("ent1", PASSWORD);
        nav(By.linkText("我的企业档案"));
        assertThat(waitFor(By.id("entity-name")).getText()).isEqualTo("济南泉智精密机械有限公司(演示)");
        assertThat(browser.findElement(By.id("entity-uscc")).getText()).isEqualTo(DemoRegistry.ENTERPRISE_USCCS.get(0));
        assertThat(browser.findElement(By.id("size-class")).getText()).isEqualTo("中型");
        assertThat(browser.findElement(By.id("figures")).getText()).contains(String.valueOf(org.jiqitong.TestClock.LAST_YEAR), "市统计局")
                .as("the source by its name, not its code").doesNotContain("STATS");
        assertThat(browser.findElement(By.id("qualifications")).getText()).contains("高新技术企业", "专精特新中小企业");

        expectConsoleError("/registry/entities/" + DemoRegistry.ENTERPRISE_USCCS.get(1) + " - Failed to load resource");
        expectConsoleError("/registry/imports - Failed to load resource");
        open("/registry/entities/" + DemoRegistry.ENTERPRISE_USCCS.get(1));
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("未找到");
        assertThat(browser.getPageSource()).doesNotContain("云算软件");

        open("/registry");
        assertThat(waitFor(By.id("entity-name")).getText()).contains("泉智精密机械");

        open("/registry/imports");
        // a staff page does not exist for an enterprise (issue 13.7: 404, no longer 403)
        assertThat(waitFor(By.id("error-title")).getText()).isEqualTo("未找到");
    }

    @Test
    void staffSearchTheRegistryAndResultsUpdateInPlace() {
        signIn("clerk", PASSWORD);
        open("/registry");
        waitFor(By.id("results"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.notReloaded = true;");
        new Select(browser.findElement(By.id("district"))).selectByValue("370112");
        new Select(browser.findElement(By.id("qualification"))).selectByValue("HIGH_TECH");
        browser.findElement(By.id("q")).sendKeys("泉智");
        click(By.id("search-submit"));
        waitForText(By.id("results"), "济南泉智精密机械有限公司(演示)");
        assertThat(browser.findElement(By.id("results")).getText()).contains("共 1 个主体", "中型");
        assertThat(browser.getCurrentUrl()).contains("district=370112", "qualification=HIGH_TECH");
        // htmx swapped the results in: the page itself was not reloaded
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.notReloaded === true;"))
                .isEqualTo(true);
    }

    @Test
    void anAdministratorIsToldWhyAUsccIsInvalidAndThenRegistersTheEntity() {
        signIn("admin", PASSWORD);
        open("/registry/entities/new");
        String uscc = TestUsccs.next();
        browser.findElement(By.id("uscc")).sendKeys(TestUsccs.withWrongCheck(uscc));
        browser.findElement(By.id("name")).sendKeys("浏览器测试有限公司(测试)");
        browser.findElement(By.id("industry_code")).sendKeys("I6513");
        new Select(browser.findElement(By.id("district_code"))).selectByValue("370105");
        click(By.id("entity-submit"));

        assertThat(waitFor(By.id("error-summary")).getText()).contains("校验码错误");
        assertThat(browser.findElement(By.id("uscc")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("浏览器测试有限公司(测试)");

        browser.findElement(By.id("uscc")).clear();
        browser.findElement(By.id("uscc")).sendKeys(uscc);
        click(By.id("entity-submit"));
        assertThat(waitFor(By.id("entity-uscc")).getText()).isEqualTo(uscc);
        assertThat(browser.findElement(By.id("entity-name")).getText()).isEqualTo("浏览器测试有限公司(测试)");
    }

    @Test
    void anAdministratorUploadsAFeedAndSeesEachBadRow() throws Exception {
        signIn("admin", PASSWORD);
        open("/registry/imports");
        String good = TestUsccs.next();
        Path csv = Files.createTempFile("entities-", ".csv");
        Files.writeString(csv, "uscc,name,entity_type,district_code,industry_code,established_on,registered_capital_yuan,"
                + "status,listed,legal_representative,address\n"
                + good + ",上传测试公司(测试),有限责任公司,370112,C3911,2012-01-01,10000,存续,false,,\n"
                + good.substring(0, 17) + ",坏码(测试),有限责任公司,370112,C3911,2012-01-01,10000,存续,false,,\n");
        new Select(browser.findElement(By.id("feed"))).selectByValue("ENTITIES");
        new Select(browser.findElement(By.id("source"))).selectByValue("AMR");
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        click(By.id("upload-submit"));

        waitForText(By.id("run-state"), "已完成");
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("rejected")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("errors")).getText()).contains("3", "uscc", "应为18位");
    }

    @Test
    void aVisitorCanSwitchToEnglishAndSignInFailsWithAClearMessage() {
        open("/");
        nav(By.id("lang-switch"));
        waitForText(By.tagName("h1"), "Jiqitong");
        open("/login");
        browser.findElement(By.id("username")).sendKeys("ent1");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        click(By.id("login-submit"));
        assertThat(waitFor(By.id("login-error")).getText()).contains("Wrong username or password");

        signIn("ent1", PASSWORD);
        open("/registry/entities/" + DemoRegistry.ENTERPRISE_USCCS.get(0));
        assertThat(waitFor(By.id("size-class")).getText()).isEqualTo("Medium");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Limited liability company", "Licheng", "Jinan High-tech Zone");
    }
}

package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jiqitong.BrowserTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.NewAccount;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.Matching;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Uscc;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Real Chromium, 政策找人: new figures arrive for an enterprise, and its inbox tells it what it now qualifies for. */
class PushBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    Identity identity;
    @Autowired
    Matching matching;

    @Test
    void anAdministratorImportsNewFiguresAndTheEnterpriseInboxShowsTheNewlyEligibleItemWithItsReason() throws Exception {
        ItemVersionView item = TestItems.publishRndAward(policies, "研发投入奖励(浏览器推送测试)" + System.nanoTime());
        eventually("the item is swept", () -> matching.reach(item.itemId()).isPresent());
        String uscc = TestUsccs.next();
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, "济南浏览器推送测试科技有限公司"));
        String username = "push" + uscc.substring(10).toLowerCase(java.util.Locale.ROOT);
        identity.createAccount(new NewAccount(username, PASSWORD, "推送测试企业", Role.ENTERPRISE, null, new Uscc(uscc)));

        signIn(username, PASSWORD);
        nav(By.linkText("消息"));
        waitFor(By.id("inbox-settings"));
        String title = "您可以享受:" + item.content().name();
        assertThat(browser.getPageSource()).doesNotContain(title);

        browser.manage().deleteAllCookies();
        signIn("admin", PASSWORD);
        open("/registry/imports");
        Path figures = Files.createTempFile("figures-", ".csv");
        Files.writeString(figures, String.join(",", Feed.FIGURES.columns()) + "\n" + TestItems.figuresLine(uscc, "2000000.00") + "\n");
        new Select(browser.findElement(By.id("feed"))).selectByValue("FIGURES");
        new Select(browser.findElement(By.id("source"))).selectByValue("STATS");
        browser.findElement(By.id("file")).sendKeys(figures.toString());
        click(By.id("upload-submit"));
        waitForText(By.id("run-state"), "已完成");
        assertThat(browser.findElement(By.id("accepted")).getText()).isEqualTo("1");

        browser.manage().deleteAllCookies();
        signIn(username, PASSWORD);
        open("/my/inbox");
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(b -> {
            if (b.getPageSource().contains(title)) {
                return true;
            }
            b.navigate().refresh();
            return false;
        });
        var message = browser.findElements(By.cssSelector(".inbox-message")).stream()
                .filter(m -> m.getText().contains(title)).findFirst().orElseThrow();
        assertThat(message.findElement(By.className("message-reasons")).getText())
                .contains("上一年度研发费用不低于123.45万元:2,000,000.00元", "属于研究和试验发展业");
        assertThat(message.getText()).contains("预计可享受 200,000.00 元", "新");

        click(message.findElement(By.cssSelector("form button")));
        waitFor(By.id("inbox-settings"));
        var read = browser.findElements(By.cssSelector(".inbox-message")).stream()
                .filter(m -> m.getText().contains(title)).findFirst().orElseThrow();
        assertThat(read.findElements(By.cssSelector("form"))).isEmpty();

        click(By.id("inbox-settings"));
        click(By.id("muted"));
        browser.findElement(By.id("email")).sendKeys("not-an-address");
        click(By.id("emailOptIn"));
        click(By.id("settings-submit"));
        assertThat(waitFor(By.id("settings-error")).getText()).contains("不是有效的电子邮箱地址");
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("caiwu@example.test");
        click(By.id("settings-submit"));
        assertThat(waitFor(By.id("settings-saved")).getText()).contains("已保存");
        assertThat(browser.findElement(By.id("muted")).isSelected()).isTrue();
    }
}

package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.BrowserTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.NewAccount;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.NoApplicationBatches;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, 免申即享: the officer starts a batch → the reviewer approves the list → (the notice ends) → the
 * enterprise confirms its account → finance pays → the enterprise sees the money and the reason.
 */
class NoApplicationBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    Identity identity;
    @Autowired
    NoApplicationBatches batches;
    @Autowired
    org.jiqitong.redemption.NoApplicationGrants grants;
    @Autowired
    Supervision supervision;

    private void deliver(Feed feed, String source, String line) {
        TestItems.deliver(registry, feed, source, line);
    }

    @Test
    void officerStartsReviewerApprovesEnterpriseConfirmsFinancePays() {
        ItemVersionView item = TestItems.publishNoApplication(policies, "研发投入直补(浏览器)" + System.nanoTime(), null);
        String uscc = TestUsccs.next();
        String name = "济南免申浏览器测试科技有限公司";
        deliver(Feed.ENTITIES, "AMR", TestItems.magicEntityLine(uscc, name));
        deliver(Feed.FIGURES, "STATS", TestItems.figuresLine(uscc, "300000.00"));
        String username = "noapp" + uscc.substring(10).toLowerCase(java.util.Locale.ROOT);
        identity.createAccount(new NewAccount(username, PASSWORD, name, Role.ENTERPRISE, null, new Uscc(uscc)));

        // the policy officer starts a batch
        signIn("officer", PASSWORD);
        open("/no-application");
        click(browser.findElement(By.id("noapp-item-" + item.itemId())).findElement(By.className("start-batch")));
        waitForText(By.id("flash-notice"), "已生成免申即享批次");
        assertThat(browser.findElement(By.id("batch-hash")).getText()).matches("[0-9a-f]{64}");
        String batchUrl = browser.getCurrentUrl();
        long batchId = Long.parseLong(batchUrl.substring(batchUrl.lastIndexOf('/') + 1));
        assertThat(browser.findElement(By.id("line-" + uscc)).getText()).contains(name, "30,000.00 元");

        // the department's reviewer approves the list
        browser.manage().deleteAllCookies();
        signIn("reviewer", PASSWORD);
        browser.get(batchUrl);
        click(By.id("approve-batch"));
        waitForText(By.id("flash-notice"), "进入公示");
        assertThat(browser.findElement(By.id("batch-status")).getText()).isEqualTo("公示中");
        assertThat(browser.findElement(By.id("batch-counts")).getText()).as("in notice, not 待审").startsWith("公示中 1")
                .doesNotContain("待审");

        // the notice period ends (the nightly job)
        grants.daily(supervision.today().plusDays(30));

        // the enterprise is told, checks why, and confirms its account
        browser.manage().deleteAllCookies();
        signIn(username, PASSWORD);
        open("/my/inbox");
        var told = waitFor(By.className("inbox-message"));
        assertThat(told.getText()).contains("免申即享", "确认截止").doesNotContain("申报截止");
        open("/my/inbox?lang=en"); // the platform's words in English, the policy's name as published
        assertThat(waitFor(By.className("inbox-message")).getText()).contains("please confirm your account",
                "CNY 30,000.00", "Confirm by").doesNotContain("确认截止", "请在");
        open("/my/inbox?lang=zh_CN");
        open("/my/no-application");
        var offer = browser.findElement(By.id("offer-" + batchId));
        assertThat(offer.getText()).contains(item.content().name(), "30,000.00 元", "待企业确认");
        assertThat(offer.findElement(By.className("offer-reasons")).getText())
                .contains("上一年度有研发投入:300,000.00元", "注册资本为测试值");
        offer.findElement(By.name("bankName")).sendKeys("中国建设银行济南分行");
        offer.findElement(By.name("accountNo")).sendKeys("6217 0016 3000 1234 567");
        click(offer.findElement(By.className("confirm-offer")));
        waitForText(By.id("flash-notice"), "收款账户已确认");

        // finance pays through the ledger
        browser.manage().deleteAllCookies();
        signIn("finance", PASSWORD);
        open("/payouts");
        assertThat(waitFor(By.id("awaiting")).getText()).contains(name, "30,000.00 元");
        click(By.id("create-batch"));
        waitForText(By.id("flash-notice"), "已生成兑付批次");
        click(By.id("pay-all"));
        // a bulk action asks first: without the tick the browser refuses to send (required)
        assertThat(browser.findElement(By.id("lines")).getText()).contains("待兑付").doesNotContain("已兑付 ");
        assertThat(browser.findElement(By.id("flash-notice")).getText()).doesNotContain("本次标记已兑付");
        click(By.id("confirm-all"));
        click(By.id("pay-all"));
        waitForText(By.id("flash-notice"), "本次标记已兑付");

        // the enterprise sees the money and the reason
        browser.manage().deleteAllCookies();
        signIn(username, PASSWORD);
        open("/my/no-application");
        assertThat(waitFor(By.id("offer-" + batchId)).getText()).contains("已兑付", "30,000.00 元");
        click(browser.findElement(By.id("offer-" + batchId)).findElement(By.className("offer-progress")));
        assertThat(waitFor(By.id("app-status")).getText()).isEqualTo("已兑付");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("免申即享", "上一年度有研发投入", "已兑付");
        // and rates it like an application
        click(By.id("score-4"));
        click(By.id("send-rating"));
        waitForText(By.id("flash-notice"), "感谢您的评价");
    }
}

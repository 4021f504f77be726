package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiqitong.BrowserTest;
import org.jiqitong.TestItems;
import org.jiqitong.TestUsccs;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.NewAccount;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.Redemption;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.Uscc;
import org.jiqitong.supervision.Supervision;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, the whole journey: an enterprise applies online → the window accepts and transfers → the
 * department approves → the public notice passes → finance pays → the enterprise sees the payout and rates it.
 */
class RedemptionBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Autowired
    Policies policies;
    @Autowired
    Registry registry;
    @Autowired
    Identity identity;
    @Autowired
    Redemption redemption;
    @Autowired
    org.jiqitong.redemption.Notices notices;
    @Autowired
    Supervision supervision;

    @Test
    void applyAcceptReviewNoticePayAndRate() throws Exception {
        ItemVersionView item = TestItems.publishPayable(policies, "研发补助(浏览器全流程)" + System.nanoTime(), null, null, null);
        String uscc = TestUsccs.next();
        String name = "济南全流程测试科技有限公司";
        TestItems.deliver(registry, Feed.ENTITIES, "AMR", TestItems.entityLine(uscc, name));
        String username = "apply" + uscc.substring(10).toLowerCase(java.util.Locale.ROOT);
        identity.createAccount(new NewAccount(username, PASSWORD, name, Role.ENTERPRISE, null, new Uscc(uscc)));
        Path pdf = Files.createTempFile("license-", ".pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path fake = Files.createTempFile("fake-", ".pdf");
        Files.writeString(fake, "<html>not a pdf</html>");

        // the enterprise applies
        signIn(username, PASSWORD);
        open("/policies/" + item.itemId());
        click(By.id("apply"));
        waitFor(By.id("app-form"));
        assertThat(browser.findElement(By.id("f-entity_name")).getAttribute("value")).isEqualTo(name);
        browser.findElement(By.id("f-contact_person")).sendKeys("王会计");
        browser.findElement(By.id("f-contact_phone")).sendKeys("0531-12345678");
        click(By.id("save-form"));
        waitForText(By.id("flash-notice"), "已保存");
        browser.findElement(By.id("file-0")).sendKeys(fake.toString());
        click(By.id("upload-0"));
        waitForText(By.id("flash-error"), "不是 PDF、PNG 或 JPEG");
        browser.findElement(By.id("file-0")).sendKeys(pdf.toString());
        click(By.id("upload-0"));
        waitForText(By.id("flash-notice"), "材料已上传:营业执照");
        click(By.id("submit-application"));
        waitForText(By.id("flash-error"), "承诺");
        click(By.id("declared"));
        click(By.id("submit-application"));
        waitForText(By.id("flash-notice"), "已提交,受理编号 JQT");
        String receipt = browser.findElement(By.id("app-receipt")).getText();
        String applicationUrl = browser.getCurrentUrl();

        // the window accepts and transfers to the item's department
        browser.manage().deleteAllCookies();
        signIn("clerk", PASSWORD);
        open("/window");
        var kase = browser.findElements(By.cssSelector(".window-case")).stream()
                .filter(e -> e.getText().contains(receipt)).findFirst().orElseThrow();
        // the clerk checks the form and every material before accepting
        click(kase.findElement(By.tagName("summary")));
        var details = kase.findElement(By.className("case-details"));
        assertThat(details.getText()).contains("王会计", "0531-12345678", "营业执照", pdf.getFileName().toString(), "预览");
        String preview = details.findElement(By.className("material-preview")).getAttribute("href");
        assertThat(preview).contains("inline=true");
        org.jiqitong.Http clerk = org.jiqitong.Http.anonymous(port);
        clerk.formLogin("clerk", PASSWORD);
        var shown = clerk.getBytes(preview.substring(preview.indexOf("/applications/")));
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(shown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        new Select(kase.findElement(By.name("handling"))).selectByValue("TRANSFER");
        kase.findElement(By.name("category")).sendKeys("资金奖补");
        click(kase.findElement(By.className("accept-case")));
        waitForText(By.id("flash-notice"), "已受理");

        // the department approves the suggested amount; the page says how the amount is bounded
        browser.manage().deleteAllCookies();
        signIn("reviewer", PASSWORD);
        open("/review");
        click(By.linkText(receipt));
        assertThat(waitFor(By.id("review-status")).getText()).isEqualTo("审核中");
        assertThat(browser.findElement(By.id("amountYuan")).getAttribute("value")).isEqualTo("10000.00");
        assertThat(browser.findElement(By.id("amount-rule")).getText()).contains("按公式测算", "最高 50,000.00 元", "理由");
        click(By.id("approve"));
        waitForText(By.id("flash-notice"), "进入公示");

        // the public notice lists it; the enterprise confirms its account; the notice period ends
        browser.manage().deleteAllCookies();
        open("/notices");
        assertThat(waitFor(By.tagName("main")).getText()).contains(name, item.content().name(), "10,000.00 元");
        signIn(username, PASSWORD);
        browser.get(applicationUrl);
        browser.findElement(By.id("bankName")).sendKeys("中国工商银行济南分行");
        browser.findElement(By.id("accountNo")).sendKeys("6222 0216 0200 1234 567");
        click(By.id("confirm-bank"));
        assertThat(waitFor(By.id("bank-confirmed")).getText()).contains("已确认");
        notices.closeNotices(supervision.today().plusDays(30)); // the nightly job, after the notice period

        // finance pays
        browser.manage().deleteAllCookies();
        signIn("finance", PASSWORD);
        open("/payouts");
        assertThat(waitFor(By.id("awaiting")).getText()).contains(receipt, "10,000.00 元");
        click(By.id("create-batch"));
        waitForText(By.id("flash-notice"), "已生成兑付批次");
        assertThat(browser.findElement(By.id("lines")).getText()).contains(name, "待兑付", receipt, item.content().name());
        click(By.id("pay-all"));
        // a bulk action asks first: without the tick the browser refuses to send (required)
        assertThat(browser.findElement(By.id("lines")).getText()).contains("待兑付").doesNotContain("已兑付 ");
        assertThat(browser.findElement(By.id("flash-notice")).getText()).doesNotContain("本次标记已兑付");
        String batchPath = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/payouts/"));
        org.jiqitong.Http finance = org.jiqitong.Http.anonymous(port);
        finance.formLogin("finance", PASSWORD);
        var refused = finance.postForm(batchPath + "/paid", java.util.Map.of(), finance.csrfToken(batchPath));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(finance.get(batchPath).body()).as("the server refuses too").contains("请先勾选确认").contains("待兑付");
        var xlsx = finance.getBytes(batchPath + "/bank.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(3).getCellType()).as("the account number is text").isEqualTo(
                    org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(3).getStringCellValue().replace(" ", "")).hasSize(19);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo(receipt);
        }
        click(By.id("confirm-all"));
        click(By.id("pay-all"));
        waitForText(By.id("flash-notice"), "本次标记已兑付");

        // the enterprise sees the payout in its timeline and rates the service
        browser.manage().deleteAllCookies();
        signIn(username, PASSWORD);
        browser.get(applicationUrl);
        assertThat(waitFor(By.id("app-status")).getText()).isEqualTo("已兑付");
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("提交申报", "窗口受理并转办", "市工业和信息化局", "审核通过,进入公示", "公示期满", "已兑付");
        assertThat(timeline).doesNotContain("reviewer", "clerk", "finance");
        click(By.id("score-5"));
        browser.findElement(By.id("comment")).sendKeys("全程网办,很快");
        click(By.id("send-rating"));
        waitForText(By.id("flash-notice"), "感谢您的评价");

        // 跟踪问效: the supervisor sees the item with its median and the chart draws
        browser.manage().deleteAllCookies();
        signIn("supervisor", PASSWORD);
        open("/results");
        waitFor(By.cssSelector("#results-chart canvas"));
        assertThat(browser.findElement(By.id("results-byItem")).getText()).contains("个工作日", "100%");
    }
}

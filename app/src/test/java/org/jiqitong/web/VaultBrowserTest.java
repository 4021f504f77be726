package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiqitong.BrowserTest;
import org.jiqitong.TestItems;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.vault.Vault;
import org.jiqitong.vault.VaultDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real Chromium, the 数字保险箱 journeys: a department issues an e-licence to ent1 → ent1 applies and the form offers
 * it (no upload) → the window accepts, the reviewer opens it → ent1's access log shows the read, ent1 revokes the
 * grant → the reviewer gets 404. And a window code: issued by ent1, opened once by the clerk, refused the second time
 * and when wrong.
 */
class VaultBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";
    private static final String ENT1 = DemoRegistry.ENTERPRISE_USCCS.get(0);

    @Autowired
    Policies policies;
    @Autowired
    Vault vault;

    private String issueBusinessLicence() throws Exception {
        String number = "BL-" + System.nanoTime();
        Path pdf = Files.createTempFile("licence-", ".pdf");
        Files.write(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        signIn("licensing", PASSWORD);
        open("/vault/licences");
        new Select(waitFor(By.id("type"))).selectByValue("BUSINESS_LICENCE");
        browser.findElement(By.id("holder")).sendKeys(ENT1);
        browser.findElement(By.id("number")).sendKeys(number);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2020-05-08'", browser.findElement(By.id("issuedOn")));
        browser.findElement(By.id("file")).sendKeys(pdf.toString());
        click(By.id("issue"));
        waitForText(By.id("flash-notice"), "已签发:营业执照 " + number);
        assertThat(browser.findElement(By.id("issued")).getText()).contains(number, ENT1, "有效");
        browser.manage().deleteAllCookies();
        return number;
    }

    @Test
    void anIssuedLicenceIsOfferedReadUnderTheApplicationsGrantAndRevoked() throws Exception {
        String number = issueBusinessLicence();
        long doc = vault.mine(TestItems.enterprise(ENT1)).stream().filter(d -> number.equals(d.licenceNo()))
                .map(VaultDocument::id).findFirst().orElseThrow();
        ItemVersionView item = TestItems.publishPayableForManufacturers(policies, "保险箱浏览器测试补助" + System.nanoTime());

        // ent1 applies: the vault offers its licence for 营业执照, no upload
        signIn("ent1", PASSWORD);
        open("/policies/" + item.itemId());
        click(By.id("apply"));
        waitFor(By.id("app-form"));
        browser.findElement(By.id("f-contact_person")).sendKeys("赵经理");
        browser.findElement(By.id("f-contact_phone")).sendKeys("0531-87654321");
        click(By.id("save-form"));
        waitForText(By.id("flash-notice"), "已保存");
        assertThat(browser.findElement(By.id("vault-offers-0")).getText()).contains("数字保险箱中有可用的材料", number);
        click(By.id("use-vault-" + doc));
        waitForText(By.id("flash-notice"), "已使用数字保险箱中的材料:营业执照");
        assertThat(browser.findElement(By.className("vault-given")).getText()).contains("来自数字保险箱");
        click(By.id("declared"));
        click(By.id("submit-application"));
        waitForText(By.id("flash-notice"), "已提交,受理编号 JQT");
        String receipt = browser.findElement(By.id("app-receipt")).getText();
        String applicationUrl = browser.getCurrentUrl();
        long application = Long.parseLong(applicationUrl.replaceAll(".*/my/applications/(\\d+).*", "$1"));
        String material = "/applications/" + application + "/materials/" + URLEncoder.encode("营业执照", StandardCharsets.UTF_8);

        // the window accepts and transfers; the reviewer opens the licence
        browser.manage().deleteAllCookies();
        signIn("clerk", PASSWORD);
        open("/window");
        WebElement kase = browser.findElements(By.cssSelector(".window-case")).stream()
                .filter(e -> e.getText().contains(receipt)).findFirst().orElseThrow();
        new Select(kase.findElement(By.name("handling"))).selectByValue("TRANSFER");
        click(kase.findElement(By.className("accept-case")));
        waitForText(By.id("flash-notice"), "已受理");
        browser.manage().deleteAllCookies();
        signIn("reviewer", PASSWORD);
        open("/review");
        click(By.linkText(receipt));
        assertThat(waitFor(By.tagName("main")).getText()).contains("营业执照");
        org.jiqitong.Http reviewer = org.jiqitong.Http.anonymous(port);
        reviewer.formLogin("reviewer", PASSWORD);
        var opened = reviewer.getBytes(material);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");

        // ent1 sees who looked, and revokes the industry bureau's grant
        browser.manage().deleteAllCookies();
        signIn("ent1", PASSWORD);
        open("/my/vault");
        assertThat(waitFor(By.id("reads")).getText()).contains("市工业和信息化局", "营业执照", "政策申报", receipt);
        WebElement grant = browser.findElements(By.cssSelector(".vault-grant")).stream()
                .filter(e -> e.getText().contains("市工业和信息化局") && e.getText().contains(receipt)).findFirst()
                .orElseThrow();
        click(grant.findElement(By.className("revoke-grant")));
        waitForText(By.id("flash-notice"), "授权已撤回");

        // the reviewer can no longer open it: not found
        assertThat(reviewer.getBytes(material).statusCode()).isEqualTo(404);
    }

    @Test
    void aWindowCodeOpensTheSetOnceAndIsRefusedWhenUsedOrWrong() throws Exception {
        String number = issueBusinessLicence();
        long doc = vault.mine(TestItems.enterprise(ENT1)).stream().filter(d -> number.equals(d.licenceNo()))
                .map(VaultDocument::id).findFirst().orElseThrow();
        signIn("ent1", PASSWORD);
        open("/my/vault");
        click(waitFor(By.id("pick-" + doc)));
        click(By.id("issue-code"));
        String code = waitFor(By.id("code-value")).getText();
        assertThat(code).matches("\\d{8}");

        browser.manage().deleteAllCookies();
        signIn("clerk", PASSWORD);
        open("/vault/window");
        browser.findElement(By.id("code")).sendKeys(code.equals("00000000") ? "00000001" : "00000000");
        click(By.id("open-code"));
        waitForText(By.id("window-error"), "查询码不正确、已使用或已过期");
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code);
        click(By.id("open-code"));
        assertThat(waitFor(By.id("opened")).getText()).contains("营业执照", number);
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code);
        click(By.id("open-code"));
        waitForText(By.id("window-error"), "已使用");

        browser.manage().deleteAllCookies();
        signIn("ent1", PASSWORD);
        open("/my/vault");
        assertThat(waitFor(By.id("reads")).getText()).contains("市企业服务中心", "窗口查询码");
    }
}

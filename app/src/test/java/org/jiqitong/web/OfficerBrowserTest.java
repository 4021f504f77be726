package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jiqitong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Real Chromium: an officer writes an item, a second officer approves it, an enterprise sees it with its reason. */
class OfficerBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    private void addCondition(String attr, String op, String values, String wording) {
        new Select(browser.findElement(By.id("attr"))).selectByValue(attr);
        new Select(browser.findElement(By.id("op"))).selectByValue(op);
        browser.findElement(By.id("values")).sendKeys(values);
        browser.findElement(By.id("wording")).sendKeys(wording);
        browser.findElement(By.id("clause")).sendKeys("第5条");
        click(By.id("add-leaf"));
        waitForText(By.id("message"), "已添加条件");
    }

    private void addFixture(String name, String industry, String verdict, String amountYuan) {
        type("fx-name", name);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-06-30'",
                browser.findElement(By.id("fx-asOf")));
        new Select(browser.findElement(By.id("fx-verdict"))).selectByValue(verdict);
        type("fx-amount", amountYuan);
        new Select(browser.findElement(By.id("fx-status"))).selectByVisibleText("存续");
        type("fx-industry", industry);
        click(By.id("fx-qualifications-HIGH_TECH"));
        click(By.id("add-fixture-button"));
        waitForText(By.id("message"), "已添加测试用例");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void anOfficerWritesAnItemASecondOfficerPublishesItAndTheEnterpriseSeesWhy() {
        String name = "智能制造专项奖励(浏览器测试" + UUID.randomUUID().toString().substring(0, 6) + ")";
        signIn("officer", PASSWORD);
        open("/officer/items");
        browser.findElement(By.id("name")).sendKeys(name);
        new Select(browser.findElement(By.id("benefitType"))).selectByValue("AWARD");
        click(By.id("create-item"));
        waitFor(By.id("version-status"));
        String versionUrl = browser.getCurrentUrl();

        addCondition("status", "eq", "存续", "登记状态为存续"); // the name, not the code: the editor speaks Chinese
        addCondition("industry", "prefix", "C", "属于制造业");
        addCondition("qualifications", "has", "HIGH_TECH", "有效期内的高新技术企业");
        assertThat(browser.findElement(By.id("rule-text")).getText())
                .contains("同时满足以下全部条件", "1. 登记状态为存续", "2. 属于制造业", "3. 有效期内的高新技术企业");
        assertThat(browser.findElement(By.id("doc")).getAttribute("value")).as("cites the document")
                .isNotBlank().doesNotStartWith("未载明文号");

        type("content", "对高新技术制造企业的智能化改造给予奖励。");
        type("beneficiaries", "高新技术制造企业");
        type("formula", "10 * 1000000");
        type("capYuan", "100000");
        type("contactPerson", "李工");
        type("contactPhone", "0531-00000001");
        new Select(browser.findElement(By.id("noApplication"))).selectByValue("false");
        click(By.id("save"));
        waitForText(By.id("message"), "已保存");

        // test cases through the form: named fields, codes by their names, the amount in 元
        addFixture("高新制造", "C3911", "ELIGIBLE", "100000");
        addFixture("软件企业", "I6513", "INELIGIBLE", "");
        assertThat(browser.findElement(By.id("fixture-list")).getText()).contains("高新制造", "登记状态:存续",
                "行业:C3911", "资质:高新技术企业", "符合", "100,000.00 元", "软件企业", "不符合");

        click(By.id("run-check"));
        waitForText(By.id("message"), "检查通过");
        click(By.id("submit-review"));
        waitForText(By.id("version-status"), "待审核");
        assertThat(browser.findElement(By.id("audit")).getText()).contains("起草", "提交审核", "待审核")
                .doesNotContain("SUBMIT", "IN_REVIEW");
        assertThat(browser.findElements(By.id("approve"))).as("the author cannot approve").isEmpty();

        signIn("officer2", PASSWORD);
        browser.get(versionUrl);
        browser.findElement(By.id("approve-note")).sendKeys("同意发布");
        click(By.id("approve"));
        waitForText(By.id("version-status"), "已发布");

        signIn("ent1", PASSWORD);
        open("/my/policies");
        WebElement eligible = waitFor(By.id("verdict-ELIGIBLE"));
        WebElement card = eligible.findElement(By.xpath(".//div[contains(@class,'card')][.//a[text()='" + name + "']]"));
        assertThat(card.getText()).contains("100,000.00 元");
        click(card.findElement(By.tagName("summary")));
        assertThat(card.getText()).contains("属于制造业 — 实际 C3911 计算机、通信和其他电子设备制造业, 满足",
                "有效期内的高新技术企业", "第5条");
    }

    @Test
    void anInvalidConditionIsRefusedWithItsPath() {
        signIn("officer", PASSWORD);
        open("/officer/items");
        browser.findElement(By.id("name")).sendKeys("错误条件测试" + UUID.randomUUID().toString().substring(0, 6));
        click(By.id("create-item"));
        waitFor(By.id("version-status"));
        new Select(browser.findElement(By.id("attr"))).selectByValue("industry");
        new Select(browser.findElement(By.id("op"))).selectByValue("prefix");
        browser.findElement(By.id("values")).sendKeys("C99X");
        browser.findElement(By.id("wording")).sendKeys("行业");
        click(By.id("add-leaf"));
        assertThat(waitFor(By.id("problems")).getText()).as("in words, the path as a detail")
                .contains("申请条件 · 第1项 · 取值第1个:\u201cC99X\u201d不是GB/T 4754-2017行业代码",
                        "conditions.all[0].values[0]");
    }
}

package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Real Chromium: a visitor's calculator, an enterprise's 我的政策, the public item page. */
class PolicyBrowserTest extends BrowserTest {

    @Test
    void aVisitorUsesTheCalculatorAndSeesWhatApplies() {
        open("/calculator");
        browser.findElement(By.id("industry_code")).sendKeys("C3911");
        new Select(browser.findElement(By.id("district_code"))).selectByValue("370112");
        browser.findElement(By.id("employees")).sendKeys("120");
        browser.findElement(By.id("revenue_yuan")).sendKeys("35000000");
        click(By.id("q-SPECIALISED"));
        // 新认定: the certification date decides; a date input is set through its value (its typing is locale-bound)
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("since-SPECIALISED")), org.jiqitong.TestClock.TODAY.minusMonths(3).toString());
        click(By.id("calculate"));

        WebElement eligible = waitFor(By.id("verdict-ELIGIBLE"));
        assertThat(eligible.getText()).contains("专精特新中小企业认定奖励", "200,000.00 元", "金额为示意");
        assertThat(browser.findElement(By.id("verdict-UNDETERMINED")).getText())
                .as("what only the enterprise can state is missing, not assumed")
                .contains("博士后科研工作站建站资助", "是否设有博士后科研工作站");
        assertThat(browser.findElement(By.id("verdict-INELIGIBLE")).getText()).contains("制造业单项冠军认定奖励");
        // leaving R&D empty is not a guess: the R&D subsidy is not decided for a tech SME, here it fails earlier
        assertThat(browser.findElement(By.id("industry_code")).getAttribute("value")).isEqualTo("C3911");
    }

    @Test
    void aVisitorWhoChoseEnglishReadsThePlatformsOwnWordsInEnglish() {
        open("/calculator?lang=en");
        browser.findElement(By.id("industry_code")).sendKeys("C3911");
        browser.findElement(By.id("employees")).sendKeys("120");
        browser.findElement(By.id("revenue_yuan")).sendKeys("35000000");
        click(By.id("q-HIGH_TECH"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("since-HIGH_TECH")), org.jiqitong.TestClock.TODAY.minusMonths(2).toString());
        assertThat(browser.findElement(By.cssSelector("label[for='d-postdoc_station']")).getText())
                .isEqualTo("has a postdoctoral research station");
        click(By.id("calculate"));
        String eligible = waitFor(By.id("verdict-ELIGIBLE")).getText();
        assertThat(eligible).contains("高新技术企业认定奖励", "CNY 200,000.00").doesNotContain(" 元");
        String undetermined = browser.findElement(By.id("verdict-UNDETERMINED")).getText();
        assertThat(undetermined).contains("has a postdoctoral research station (stated by the enterprise")
                .doesNotContain("缺少的数据", "申报时由企业提供");
        click(browser.findElement(By.id("verdict-ELIGIBLE")).findElement(By.tagName("summary")));
        assertThat(browser.findElement(By.id("verdict-ELIGIBLE")).getText()).contains("actual", "met")
                .doesNotContain("实际", "满足");
        open("/policies/" + browser.findElement(By.id("verdict-ELIGIBLE")).findElement(By.tagName("a"))
                .getAttribute("href").replaceAll(".*/policies/", ""));
        assertThat(waitFor(By.id("item-conditions")).getText()).startsWith("All of the following:")
                .doesNotContain("同时满足以下全部条件");
        assertThat(browser.findElement(By.id("as-published")).getText()).contains("中文", "as published");
    }

    @Test
    void aVisitorIsToldWhichAnswerIsWrong() {
        open("/calculator");
        browser.findElement(By.id("industry_code")).sendKeys("C99X");
        browser.findElement(By.id("revenue_yuan")).sendKeys("1.234");
        click(By.id("calculate"));
        // in words first ("营业收入:应为…"), the field's path only as a detail
        assertThat(waitFor(By.id("calculator-problems")).getText()).contains("行业代码:", "营业收入:应为以元为单位",
                "facts.industry_code");
    }

    @Test
    void anEnterpriseSeesItsPoliciesWithTheReasons() {
        signIn("ent1", "jiqitong-demo");
        nav(By.linkText("我的政策"));
        WebElement eligible = waitFor(By.id("verdict-ELIGIBLE"));
        assertThat(eligible.getText()).contains("高新技术企业认定奖励", "专精特新中小企业认定奖励");
        WebElement highTech = eligible.findElement(By.xpath(".//div[contains(@class,'card')][.//a[text()='高新技术企业认定奖励']]"));
        click(highTech.findElement(By.tagName("summary")));
        assertThat(highTech.getText()).contains("有效期内的高新技术企业 — 实际 高新技术企业、专精特新中小企业, 满足",
                "不属于:列入严重违法失信名单 — 实际 无, 满足", "《关于加快推动民营经济高质量发展的实施意见》 第6条");

        signIn("ent3", "jiqitong-demo");
        open("/my/policies");
        assertThat(waitFor(By.id("verdict-UNDETERMINED")).getText()).contains("商贸企业营业收入增长奖励",
                "缺少的数据: 上一年度营业收入(市统计局)");
    }

    @Test
    void thePublicReadsAnItemInPlainLanguage() {
        open("/policies?q=" + java.net.URLEncoder.encode("担保费", java.nio.charset.StandardCharsets.UTF_8));
        click(By.partialLinkText("政府性融资担保"));
        assertThat(waitFor(By.id("item-name")).getText()).isEqualTo("政府性融资担保(担保费率不高于1%)");
        assertThat(browser.findElement(By.id("item-conditions")).getText()).contains("同时满足以下全部条件", "登记状态为存续");
    }
}

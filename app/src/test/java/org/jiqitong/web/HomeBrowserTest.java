package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jiqitong.BrowserTest;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 15.13 and 15.15: the home page is the front door (search, 免申即享, 正在受理, the calculator, the latest
 * policies; for an enterprise what it may still claim and its open work), and the enterprise's pages fit the window:
 * at 390 px the menu is collapsed and nothing overflows sideways, at 1366 px no menu label breaks inside itself.
 */
class HomeBrowserTest extends BrowserTest {

    private static final String PASSWORD = "jiqitong-demo";

    @Test
    void aVisitorFindsTheWayInFromTheHomePage() {
        open("/");
        assertThat(waitFor(By.id("home-no-application")).getText()).contains("专精特新中小企业认定奖励");
        assertThat(browser.findElement(By.id("home-open")).findElements(By.tagName("li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("home-latest")).findElements(By.tagName("li"))).hasSizeBetween(1, 6);
        assertThat(browser.findElements(By.id("home-to-apply"))).as("a visitor has no enterprise").isEmpty();
        fitsTheWindow();
        browser.findElement(By.id("home-q")).sendKeys("首贷");
        click(By.cssSelector("#home-search button"));
        assertThat(waitFor(By.tagName("main")).getText()).contains("民营和小微企业首贷培植")
                .doesNotContain("首台(套)重大技术装备推广应用补贴");
        open("/");
        click(By.id("home-calculator"));
        waitFor(By.id("calculate"));
    }

    @Test
    void anEnterpriseSeesWhatItMayStillClaimAndItsPagesFitThePhone() {
        signIn("ent1", PASSWORD);
        open("/");
        WebElement toApply = waitFor(By.id("home-to-apply"));
        assertThat(toApply.getText()).as("eligible, not 免申即享, not applied for").isNotBlank()
                .doesNotContain("专精特新中小企业认定奖励");
        assertThat(browser.findElement(By.id("home-open-work")).isDisplayed() || browser.findElement(
                By.id("home-no-work")).isDisplayed()).isTrue();
        fitsTheWindow();
        for (String page : List.of("/my/policies", "/registry/entities/" + DemoRegistry.ENTERPRISE_USCCS.get(0),
                "/my/applications", "/my/inbox", "/my/no-application", "/my/demands", "/policies", "/calculator")) {
            open(page);
            waitFor(By.tagName("main"));
            assertThat(overflowsSideways()).as(page + " at " + WIDTH + " px").isFalse();
        }
        nav(By.linkText("我的政策"));
        waitFor(By.id("verdict-ELIGIBLE"));
    }

    private void fitsTheWindow() {
        assertThat(overflowsSideways()).as("the home page at " + WIDTH + " px").isFalse();
        WebElement menu = browser.findElement(By.cssSelector("nav.navbar"));
        if (WIDTH < 600) {
            assertThat(menu.getSize().getHeight()).as("the menu is collapsed on a phone").isLessThan(100);
        } else {
            for (WebElement link : menu.findElements(By.cssSelector(".nav-link"))) {
                assertThat(link.getSize().getHeight()).as("one line: " + link.getText()).isLessThan(48);
            }
        }
    }
}

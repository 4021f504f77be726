package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.BrowserTest;
import org.jiqitong.Http;
import org.jiqitong.registry.DemoRegistry;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Real Chromium: an enterprise issues an API token, another system uses it, the enterprise revokes it. */
class TokenBrowserTest extends BrowserTest {

    @Test
    void anEnterpriseIssuesATokenSeesItOnceAndRevokesIt() {
        signIn("ent2", "jiqitong-demo");
        nav(By.id("whoami"));
        waitFor(By.id("token-form"));
        browser.findElement(By.id("token-name")).sendKeys("财务系统对接");
        click(By.id("token-submit"));
        String secret = waitFor(By.id("token-secret")).getText();
        assertThat(secret).startsWith("jqt_").hasSize(47);
        String uscc = DemoRegistry.ENTERPRISE_USCCS.get(1);
        assertThat(Http.bearer(port, secret).get("/api/v1/entities/" + uscc).statusCode()).isEqualTo(200);

        open("/account/tokens");
        assertThat(browser.getPageSource()).as("the secret is shown once").doesNotContain(secret);
        assertThat(browser.findElement(By.id("tokens")).getText()).contains("财务系统对接", secret.substring(0, 8), "有效");
        click(By.cssSelector("#tokens button.btn-outline-danger"));
        waitFor(By.id("token-revoked"));
        assertThat(browser.findElement(By.id("tokens")).getText()).contains("已撤销");
        assertThat(Http.bearer(port, secret).get("/api/v1/entities/" + uscc).statusCode()).isEqualTo(401);
    }
}

package org.jiqitong;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the tests that drive Debian's Chromium through chromedriver (nothing is downloaded). Without
 * Chromium they are skipped on a developer machine but fail in CI, where .ci/run installs it. Every test fails on
 * any error in the browser's console (a CSP violation, a script error, an asset that did not load) unless the test
 * said it expects that very error (a page it opens to see a 404).
 */
public abstract class BrowserTest extends IntegrationTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /**
     * The window's width: a laptop (1366) unless the run says otherwise; {@code ./mvnw verify} runs every browser
     * journey a second time as a phone ({@code -Djiqitong.browser.width=390}, see the app's pom).
     */
    protected static final int WIDTH = Integer.getInteger("jiqitong.browser.width", 1366);

    protected WebDriver browser;
    private Path profile;
    private final java.util.List<String> expectedConsoleErrors = new java.util.ArrayList<>();

    @BeforeEach
    void startBrowser() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium not installed: apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        profile = TempDirs.create("chromium-profile-");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + (WIDTH < 600 ? 844 : 900),
                "--user-data-dir=" + profile, "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser == null) {
            return;
        }
        java.util.List<String> errors;
        try {
            errors = consoleErrors();
        } finally {
            browser.quit();
            TempDirs.delete(profile);
        }
        org.assertj.core.api.Assertions.assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /** The console's errors since the last call, without those the test said it expects. */
    protected java.util.List<String> consoleErrors() {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .filter(m -> expectedConsoleErrors.stream().noneMatch(m::contains)).toList();
    }

    /** An error the test provokes on purpose (e.g. the 404 of a page it opens to see it is not found). */
    protected void expectConsoleError(String fragment) {
        expectedConsoleErrors.add(fragment);
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        var submit = browser.findElement(By.id("login-submit"));
        submit.click();
        // the login page goes first: signed in as someone else, its own menu already shows "whoami"
        // gone from the document: Chromium says so as a stale element or, while the page is replaced, as an inspector
        // error ("Node with given id does not belong to the document", seen once in CI)
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                submit.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("whoami")));
    }

    /** Follows a link of the main menu, opening the menu first where it is collapsed (a phone). */
    protected void nav(By link) {
        WebElement toggle = browser.findElement(By.id("menu-toggle"));
        if (toggle.isDisplayed() && !"true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
            waitFor(link);
        }
        click(link);
    }

    /** Whether the page is wider than the window (something overflows sideways). */
    protected boolean overflowsSideways() {
        Object wide = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(wide);
    }

    /** Scrolls the element to the middle of the window at once (Bootstrap scrolls smoothly) and clicks it. */
    protected void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    protected void click(By by) {
        click(browser.findElement(by));
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element found by {@code by} shows the text. An htmx swap may replace the element between its
     * lookup and the reading of its text; Chromium then answers "Node with given id does not belong to the document"
     * (an unknown error, not a stale-element one), so every WebDriver error counts as "not yet" and is retried.
     */
    protected void waitForText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }
}

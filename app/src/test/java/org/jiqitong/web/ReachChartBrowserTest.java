package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.BrowserTest;
import org.jiqitong.TestClock;
import org.jiqitong.TestItems;
import org.jiqitong.matching.Matching;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13.11: the reach page's chart of an item's eligible entities per day actually draws in Chromium — its code is
 * a static script fed by the page's JSON, which the Content-Security-Policy ({@code script-src 'self'}) allows; an
 * inline script was refused and no chart appeared. The base class fails the test on any console error.
 */
class ReachChartBrowserTest extends BrowserTest {

    @Autowired
    Policies policies;
    @Autowired
    Matching matching;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReachPageDrawsTheItemsHistory() {
        ItemVersionView item = TestItems.publishRndAward(policies, "研发投入奖励(图表测试)" + System.nanoTime());
        eventually("the item is swept", () -> matching.reach(item.itemId()).isPresent());
        jdbc.sql("INSERT INTO matching_count (item_id, day, eligible, undetermined) VALUES (?, ?, 3, 1) ON CONFLICT DO NOTHING")
                .params(item.itemId(), TestClock.START.toLocalDate().minusDays(1)).update();
        assertThat(matching.history(item.itemId())).hasSizeGreaterThan(1);
        signIn("officer", "jiqitong-demo");
        open("/reach/items/" + item.itemId());
        waitFor(By.cssSelector("#reach-chart canvas"));
        assertThat(browser.getPageSource()).doesNotContain("??");
    }
}

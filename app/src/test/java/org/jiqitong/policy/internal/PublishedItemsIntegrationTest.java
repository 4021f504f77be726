package org.jiqitong.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.jiqitong.IntegrationTest;
import org.jiqitong.TestItems;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.ItemVersionView;
import org.jiqitong.policy.Policies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The published set kept in memory (issue 12): a change here is served at once, a rolled-back one never, another
 * instance's at its next follow.
 */
class PublishedItemsIntegrationTest extends IntegrationTest {

    @Autowired
    Policies policies;
    @Autowired
    PublishedItems published;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private static List<Long> versions(List<CompiledItem> items) {
        return items.stream().map(i -> i.view().versionId()).toList();
    }

    @Test
    void aPublishHereIsServedAtOnceAndAnotherInstancesWithdrawalAfterTheFollow() {
        ItemVersionView v = TestItems.publishRndAward(policies, "缓存(测试)" + UUID.randomUUID());
        assertThat(versions(policies.publishedCompiled())).contains(v.versionId());
        assertThat(policies.publishedItem(v.itemId())).map(i -> i.view().versionId()).contains(v.versionId());

        // another instance withdraws it: its transaction does not touch this instance's memory
        jdbc.sql("UPDATE policy_item_version SET status = 'WITHDRAWN', effective_to = effective_from, ended_at = now()"
                + " WHERE id = ?").param(v.versionId()).update();
        assertThat(versions(policies.publishedCompiledNow())).doesNotContain(v.versionId());
        assertThat(policies.publishedItem(v.itemId())).isEmpty();
        published.follow();
        assertThat(versions(policies.publishedCompiled())).doesNotContain(v.versionId());
        assertThat(policies.published()).extracting(ItemVersionView::versionId).doesNotContain(v.versionId());
    }

    @Test
    void theTransactionThatPublishesSeesItsChangeAndARollbackIsNeverKept() {
        ItemVersionView first = TestItems.publishRndAward(policies, "回滚(测试)" + UUID.randomUUID());
        ItemVersionView second = policies.newVersion(first.itemId(), TestItems.OFFICER);
        policies.submit(second.versionId(), TestItems.OFFICER);
        assertThat(versions(policies.publishedCompiled())).contains(first.versionId());

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            policies.approve(second.versionId(), "同意发布", TestItems.OFFICER2);
            assertThat(versions(policies.publishedCompiled())).contains(second.versionId())
                    .doesNotContain(first.versionId());
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(versions(policies.publishedCompiled())).contains(first.versionId())
                .doesNotContain(second.versionId());
        policies.approve(second.versionId(), "同意发布", TestItems.OFFICER2);
        assertThat(versions(policies.publishedCompiled())).contains(second.versionId())
                .doesNotContain(first.versionId());
    }
}

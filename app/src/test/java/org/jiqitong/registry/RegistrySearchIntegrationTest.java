package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.shared.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registry search by name fragment, USCC prefix and exact USCC, each through its own index; criteria combine. */
class RegistrySearchIntegrationTest extends IntegrationTest {

    private static final String ENT1 = DemoRegistry.ENTERPRISE_USCCS.get(0);

    @Autowired
    Registry registry;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private long total(String text) {
        return registry.search(new EntitySearch(text, null, null, null, null, 0, 20)).total();
    }

    @Test
    void aTwoCharacterBrandNameAnExactUsccAndAUsccPrefixEachFindTheEntity() {
        var byName = registry.search(new EntitySearch("泉智", null, null, null, null, 0, 20));
        assertThat(byName.items()).extracting(EntitySummary::uscc).contains(ENT1);
        assertThat(byName.items()).allSatisfy(s -> assertThat(s.name()).contains("泉智"));
        assertThat(registry.search(new EntitySearch(ENT1, null, null, null, null, 0, 20)).items())
                .extracting(EntitySummary::uscc).containsExactly(ENT1);
        assertThat(registry.search(new EntitySearch(ENT1.toLowerCase(java.util.Locale.ROOT), null, null, null, null, 0,
                20)).items()).extracting(EntitySummary::uscc).containsExactly(ENT1);
        var byPrefix = registry.search(new EntitySearch(ENT1.substring(0, 10), null, null, null, null, 0, 200));
        assertThat(byPrefix.items()).extracting(EntitySummary::uscc).contains(ENT1)
                .allSatisfy(u -> assertThat(u).startsWith(ENT1.substring(0, 10)));
    }

    @Test
    void aLongerFragmentMatchesExactlyAndCriteriaNarrowIt() {
        assertThat(total("泉智精密机械")).isEqualTo(1);
        assertThat(total("精密机械有限公司(演示)")).isGreaterThanOrEqualTo(1);
        assertThat(total("没有这样的名字")).isZero();
        assertThat(total("(演示)")).as("every demo entity").isGreaterThanOrEqualTo(2000);
        assertThat(registry.search(new EntitySearch("泉智", "370102", null, null, null, 0, 20)).items())
                .extracting(EntitySummary::uscc).doesNotContain(ENT1);
        assertThat(registry.search(new EntitySearch("泉智", "370112", "C39", SizeClass.MEDIUM, QualificationType.HIGH_TECH,
                0, 20)).items()).extracting(EntitySummary::uscc).containsExactly(ENT1);
        assertThat(total("100%_\\")).as("LIKE wildcards are literal").isZero();
    }

    @Test
    void oneCharacterIsTooShortAndThePageSaysSo() {
        assertThat(total("泉")).isZero();
        Http clerk = Http.anonymous(port);
        clerk.formLogin("clerk", "jiqitong-demo");
        assertThat(clerk.get("/registry?q=%E6%B3%89").body()).contains("id=\"results-hint\"", "请输入至少两个字");
        assertThat(clerk.get("/registry?q=%E6%B3%89%E6%99%BA").body()).contains("泉智精密机械").doesNotContain("results-hint");
    }

    @Test
    void aFragmentWithMoreHitsThanAreCountedIsPagedInNameOrderAndAFewHitsAreCountedExactly() {
        int limit = org.jiqitong.registry.internal.EntityQueries.COUNT_LIMIT;
        // 10,050 entities of one brand, in a transaction that is rolled back (the shared registry stays as it was)
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO registry_entity (uscc, name, entity_type, district_code, industry_code, status, run_id)
                    SELECT '9137' || lpad(i::text, 13, '0') || 'X', '济南翔鹭' || lpad((20000 - i)::text, 5, '0')
                           || '商贸有限公司(测试)', 'LIMITED_LIABILITY', '370102', 'F5191', 'ACTIVE', 0
                    FROM generate_series(1, 10050) i""").update();
            Page<EntitySummary> first = registry.search(new EntitySearch("翔鹭", null, null, null, null, 0, 20));
            assertThat(first.total()).as("more than are counted").isEqualTo(limit + 1);
            assertThat(first.items()).extracting(EntitySummary::name).hasSize(20).isSorted()
                    .startsWith("济南翔鹭09950商贸有限公司(测试)", "济南翔鹭09951商贸有限公司(测试)");
            Page<EntitySummary> later = registry.search(new EntitySearch("翔鹭", null, null, null, null, 500, 20));
            assertThat(later.items()).extracting(EntitySummary::name).hasSize(20).isSorted()
                    .startsWith("济南翔鹭19950商贸有限公司(测试)");
            assertThat(registry.search(new EntitySearch("翔鹭", null, null, null, null, 502, 20)).items())
                    .as("the last page").extracting(EntitySummary::name).hasSize(10).endsWith("济南翔鹭19999商贸有限公司(测试)");

            Page<EntitySummary> few = registry.search(new EntitySearch("翔鹭0995", null, null, null, null, 0, 4));
            assertThat(few.total()).isEqualTo(10);
            assertThat(few.items()).extracting(EntitySummary::name).containsExactly("济南翔鹭09950商贸有限公司(测试)",
                    "济南翔鹭09951商贸有限公司(测试)", "济南翔鹭09952商贸有限公司(测试)", "济南翔鹭09953商贸有限公司(测试)");
            assertThat(few.items()).allSatisfy(e -> assertThat(e.sizeClass()).isEqualTo(SizeClass.UNDETERMINED));
            Page<EntitySummary> past = registry.search(new EntitySearch("翔鹭0995", null, null, null, null, 7, 4));
            assertThat(past.items()).as("a page past the end").isEmpty();
            assertThat(past.total()).as("still counted").isEqualTo(10);
            assertThat(registry.search(new EntitySearch("翔鹭0995", null, null, SizeClass.MICRO, null, 0, 4)).total())
                    .as("no size class is known for them").isZero();
            status.setRollbackOnly();
        });
        assertThat(total("翔鹭")).isZero();
    }
}

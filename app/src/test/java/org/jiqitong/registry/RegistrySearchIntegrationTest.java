package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.jiqitong.rules.size.SizeClass;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registry search by name fragment, USCC prefix and exact USCC, each through its own index; criteria combine. */
class RegistrySearchIntegrationTest extends IntegrationTest {

    private static final String ENT1 = DemoRegistry.ENTERPRISE_USCCS.get(0);

    @Autowired
    Registry registry;

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
}

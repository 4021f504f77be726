package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jiqitong.IntegrationTest;
import org.jiqitong.registry.internal.EntityQueries;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.eval.Facts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An entity's facts read in one query (the path of 我的政策 and the matches API) are the facts its full profile gives,
 * for every demo entity and every attribute of the catalogue, yearly ones for every year.
 */
class FactsInOneQueryIntegrationTest extends IntegrationTest {

    @Autowired
    EntityQueries queries;
    @Autowired
    org.jiqitong.registry.internal.FactsQuery factsQuery;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoEntityHasTheSameFactsFromOneQueryAsFromItsProfile() {
        LocalDate day = org.jiqitong.TestClock.TODAY;
        List<String> usccs = jdbc.sql("SELECT uscc FROM registry_entity ORDER BY uscc").query(String.class).list();
        assertThat(usccs).hasSizeGreaterThan(1000);
        int withFigures = 0;
        int withQualifications = 0;
        for (String uscc : usccs) {
            EntityProfile full = queries.profile(uscc).orElseThrow();
            EntityProfile folded = factsQuery.profile(uscc).orElseThrow();
            Facts expected = EntityFacts.of(full, day);
            Facts actual = EntityFacts.of(folded, day);
            for (Attribute a : RegistryCatalogue.CATALOGUE.attributes()) {
                if (a.yearly()) {
                    assertThat(actual.latestYear(a.code())).as(uscc + " " + a.code()).isEqualTo(expected.latestYear(a.code()));
                    for (int year = day.getYear() - 8; year <= day.getYear(); year++) {
                        assertThat(actual.value(a.code(), year)).as(uscc + " " + a.code() + "@" + year)
                                .isEqualTo(expected.value(a.code(), year));
                    }
                } else {
                    assertThat(actual.value(a.code())).as(uscc + " " + a.code()).isEqualTo(expected.value(a.code()));
                }
            }
            assertThat(folded.size()).as(uscc + " size").isEqualTo(full.size());
            withFigures += full.figures().isEmpty() ? 0 : 1;
            withQualifications += full.qualifications().isEmpty() ? 0 : 1;
        }
        assertThat(withFigures).as("entities with figures compared").isGreaterThan(100);
        assertThat(withQualifications).as("entities with qualifications compared").isGreaterThan(10);
    }
}

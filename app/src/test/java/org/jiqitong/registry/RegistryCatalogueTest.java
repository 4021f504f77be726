package org.jiqitong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiqitong.rules.catalogue.CodeList;
import org.junit.jupiter.api.Test;

/** The names an explanation shows for the registry's codes (Spring-free). */
class RegistryCatalogueTest {

    private static CodeList codes(String attribute) {
        return RegistryCatalogue.CATALOGUE.find(attribute).orElseThrow().codes();
    }

    @Test
    void aCodeIsDescribedByItsChineseName() {
        assertThat(codes("status").describe("ACTIVE")).isEqualTo("存续");
        assertThat(codes("entity_type").describe("INDIVIDUAL_BUSINESS")).isEqualTo(EntityType.INDIVIDUAL_BUSINESS.labelZh());
        assertThat(codes("district").describe("370112")).isEqualTo("370112 历城区");
        assertThat(codes("size_class").describe("MICRO")).isEqualTo("微型");
        assertThat(codes("qualifications").describe("SPECIALISED")).isEqualTo(QualificationType.SPECIALISED.labelZh());
    }

    @Test
    void aCodeOutsideTheListIsShownAsItCame() {
        assertThat(codes("status").describe("BOGUS")).isEqualTo("BOGUS");
        assertThat(codes("district").describe("LICHENG")).isEqualTo("LICHENG");
        assertThat(codes("status").describe(null)).isNull();
    }
}

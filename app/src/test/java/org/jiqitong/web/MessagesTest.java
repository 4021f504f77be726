package org.jiqitong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every label exists in Chinese and in English: a missing English key would show the Chinese one on an English page. */
class MessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws Exception {
        Properties zh = load("/messages.properties");
        Properties en = load("/messages_en.properties");
        assertThat(zh).hasSizeGreaterThan(500);
        assertThat(en.keySet()).as("keys only in Chinese").containsAll(zh.keySet());
        assertThat(zh.keySet()).as("keys only in English").containsAll(en.keySet());
        assertThat(en.stringPropertyNames()).as("no English label left empty where the Chinese one says something")
                .noneMatch(k -> en.getProperty(k).isBlank() && !zh.getProperty(k).isBlank());
    }

    @Test
    void everyCodeOfEveryCodeListHasItsNamesInBothLanguages() {
        Class<?>[] lists = {org.jiqitong.policy.BenefitType.class, org.jiqitong.redemption.ApplicationStatus.class,
            org.jiqitong.demand.DemandStatus.class, org.jiqitong.registry.EntityStatus.class,
            org.jiqitong.registry.FunctionalZone.class, org.jiqitong.registry.EntityType.class,
            org.jiqitong.registry.District.class, org.jiqitong.registry.QualificationType.class,
            org.jiqitong.registry.QualificationType.Level.class, org.jiqitong.vault.VaultDocument.Kind.class,
            org.jiqitong.vault.VaultDocument.Status.class, org.jiqitong.vault.VaultGrant.Purpose.class,
            org.jiqitong.dormancy.DormancyStatus.class, org.jiqitong.resources.ResourceKind.class,
            org.jiqitong.resources.ResourceStatus.class, org.jiqitong.resources.SupplyMode.class,
            org.jiqitong.resources.LoanTag.class, org.jiqitong.resources.NeedKind.class,
            org.jiqitong.resources.NeedStatus.class, org.jiqitong.resources.BookingStatus.class,
            org.jiqitong.monitoring.ProcurementCategory.class, org.jiqitong.monitoring.ProcurementVerdict.class,
            org.jiqitong.registry.Ownership.class, org.jiqitong.registry.Breakdown.class};
        for (Class<?> list : lists) {
            for (Object code : list.getEnumConstants()) {
                org.jiqitong.shared.Labelled l = (org.jiqitong.shared.Labelled) code;
                if (l.name().equals("NONE")) {
                    continue; // a qualification without levels: both names are empty on purpose
                }
                assertThat(l.labelZh()).as(list.getSimpleName() + "." + l.name()).isNotEqualTo(l.name()).isNotBlank();
                assertThat(l.labelEn()).as(list.getSimpleName() + "." + l.name()).isNotEqualTo(l.name()).isNotBlank();
            }
        }
        assertThat(org.jiqitong.registry.EntityStatus.ACTIVE.labelZh()).isEqualTo("存续");
        assertThat(org.jiqitong.registry.District.LICHENG.labelEn()).isEqualTo("Licheng");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}

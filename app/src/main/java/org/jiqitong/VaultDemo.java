package org.jiqitong;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.vault.Licences;
import org.jiqitong.vault.NewLicence;
import org.jiqitong.vault.Vault;
import org.jiqitong.vault.VaultDocument;
import org.jiqitong.vault.VaultGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's vault, on the first start: an e-licence for every qualification the demo entities hold today (issued by
 * its department, from the registry's data), business licences for the demo enterprises and 300 more, and a grant and reads
 * like any others — so a fresh demo log holds a few hundred entries to verify.
 */
@Component
class VaultDemo {

    private static final Logger log = LoggerFactory.getLogger(VaultDemo.class);
    /** How many of the demo's entities get a business licence in their vault (every enterprise has one). */
    private static final int BUSINESS_LICENCES = 300;
    private static final CurrentUser SYSTEM = new CurrentUser(0, "demo", "演示数据", Role.ADMIN, null, null, null,
            false, true);

    private final Licences licences;
    private final Vault vault;
    private final Registry registry;
    private final Clock clock;

    VaultDemo(Licences licences, Vault vault, Registry registry, Clock clock) {
        this.licences = licences;
        this.vault = vault;
        this.registry = registry;
        this.clock = clock;
    }

    void loadIfEmpty() {
        if (licences.any()) {
            return;
        }
        LocalDate today = ChinaTime.today(clock);
        int n = 0;
        for (Registry.Holding h : registry.qualificationsValidOn(today, 2_000)) {
            var q = h.qualification();
            LocalDate until = q.validTo() != null ? q.validTo() : q.validFrom().plusYears(3);
            if (until.isBefore(today)) {
                continue;
            }
            licences.issue(new NewLicence(q.type().name(), h.uscc(), "DEMO-" + q.type().name() + "-" + h.uscc().substring(8),
                    q.validFrom(), until, Map.of("级别", q.level().labelZh().isEmpty() ? "—" : q.level().labelZh(),
                            "来源", "市场主体库资质数据(演示)")), null, null, SYSTEM);
            n++;
        }
        List<VaultDocument> ent1 = List.of();
        java.util.Set<String> holders = new java.util.LinkedHashSet<>(DemoRegistry.ENTERPRISE_USCCS);
        holders.addAll(registry.firstUsccs(BUSINESS_LICENCES));
        int i = 0;
        for (String uscc : holders) {
            VaultDocument d = licences.issue(new NewLicence("BUSINESS_LICENCE", uscc, uscc, today.minusYears(2 + i % 9),
                    null, Map.of("登记机关", "济南市市场监督管理局(演示)")), null, null, SYSTEM);
            if (i++ == 0) {
                ent1 = List.of(d);
            }
        }
        // ent1 let the industry bureau see its business licence for a review, which the bureau did
        long grant = vault.grant(ent1.get(0).uscc(), List.of(ent1.get(0).id()), "IIT", VaultGrant.Purpose.PROCEDURE,
                "专精特新企业复核(演示)", today.plusDays(30).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(), "ent1");
        vault.read(ent1.get(0).id(), new CurrentUser(0, "reviewer", "工信局审核员", Role.REVIEWER, "IIT", null, null,
                false, true));
        log.info("Demo vault: {} e-licences from the registry's qualifications, {} business licences, grant {}", n,
                holders.size(), grant);
    }
}

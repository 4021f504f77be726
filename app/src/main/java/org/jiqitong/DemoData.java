package org.jiqitong;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.NewAccount;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.DataDirectory;
import org.jiqitong.shared.Uscc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo data, loaded on the first start when enabled ({@code jiqitong.demo.enabled}; by default only with
 * the embedded database): synthetic entities through the registry's own import path, and the demo
 * accounts, all with the password {@value #PASSWORD}. It is done before the web server starts. An external database gets no demo accounts unless
 * asked for explicitly.
 */
@Component
@org.springframework.context.annotation.Profile("!cli")
class DemoData implements SmartInitializingSingleton {

    static final String PASSWORD = "jiqitong-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo's Open311 key for the 12345 hotline (only with demo data). */
    static final String DEMO_OPEN311_KEY = "jiqitong-demo-12345-hotline";

    private final Registry registry;
    private final org.jiqitong.demand.Demands demands;
    private final Identity identity;
    private final org.jiqitong.policy.Policies policies;
    private final DataDirectory dataDirectory;
    private final boolean enabled;
    private final int entities;
    private final java.time.Clock clock;
    private final VaultDemo vaultDemo;
    private final ResourcesDemo resourcesDemo;

    DemoData(Registry registry, org.jiqitong.demand.Demands demands, Identity identity,
            org.jiqitong.policy.Policies policies, DataDirectory dataDirectory, Environment environment,
            @Value("${jiqitong.demo.enabled:}") String enabled, @Value("${jiqitong.demo.entities}") int entities,
            java.time.Clock clock, VaultDemo vaultDemo, ResourcesDemo resourcesDemo) {
        this.resourcesDemo = resourcesDemo;
        this.clock = clock;
        this.vaultDemo = vaultDemo;
        this.registry = registry;
        this.demands = demands;
        this.identity = identity;
        this.policies = policies;
        this.dataDirectory = dataDirectory;
        this.enabled = enabled == null || enabled.isBlank() ? EmbeddedDatabaseCondition.embedded(environment)
                : Boolean.parseBoolean(enabled);
        this.entities = entities;
    }

    /** Runs before the web server starts, so the platform is never healthy without its demo data. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        try {
            load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the demo data", e);
        }
    }

    private void load() throws IOException {
        if (registry.count() == 0) {
            long start = System.nanoTime();
            Path dir = Files.createTempDirectory(dataDirectory.resolve("tmp"), "demo-");
            DemoRegistry.write(entities, dir, org.jiqitong.shared.ChinaTime.today(clock));
            load(Feed.ENTITIES, "AMR", dir.resolve("entities.csv"));
            load(Feed.FIGURES, "STATS", dir.resolve("figures.csv"));
            load(Feed.QUALIFICATIONS, "IIT", dir.resolve("qualifications.csv"));
            load(Feed.QUALIFICATIONS, "AMR", dir.resolve("credit.csv"));
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
            log.info("Loaded {} demo entities in {} ms", entities, (System.nanoTime() - start) / 1_000_000);
        }
        accounts();
        demands.registerClient(DEMO_OPEN311_KEY, "12345 市民服务热线(演示)");
        vaultDemo.loadIfEmpty();
        int items = policies.loadSeedLibraryIfEmpty();
        if (items > 0) {
            log.info("Published {} items of the seed policy library", items);
        }
        resourcesDemo.loadIfEmpty();
    }

    private void load(Feed feed, String source, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            registry.importFeed(new ImportRequest(feed, source, ImportRequest.Channel.DEMO, file.getFileName().toString(),
                    "demo"), in, Files.size(file));
        }
    }

    private void accounts() {
        account("admin", "平台管理员", Role.ADMIN, null, null);
        account("clerk", "企业服务中心窗口", Role.CLERK, "SERVICE", null);
        account("reviewer", "工信局审核员", Role.REVIEWER, "IIT", null);
        account("reviewer-svc", "企业服务中心审核员(直办件)", Role.REVIEWER, "SERVICE", null);
        account("reviewer-sci", "科技局审核员", Role.REVIEWER, "SCI", null);
        account("finance", "财政局兑付员", Role.FINANCE, "FIN", null);
        account("supervisor", "督查室督办员", Role.SUPERVISOR, "SUPERVISION", null);
        account("officer", "工信局政策管理员", Role.POLICY_OFFICER, "IIT", null);
        account("officer2", "工信局政策复核员", Role.POLICY_OFFICER, "IIT", null);
        account("commissioner", "服务专员", Role.COMMISSIONER, "SERVICE", null);
        account("commissioner2", "服务专员(二)", Role.COMMISSIONER, "SERVICE", null);
        account("licensing", "市场监管局证照管理员", Role.REVIEWER, "AMR", null);
        account("ent1", "泉智精密机械(演示)", Role.ENTERPRISE, null, DemoRegistry.ENTERPRISE_USCCS.get(0));
        account("ent2", "云算软件科技(演示)", Role.ENTERPRISE, null, DemoRegistry.ENTERPRISE_USCCS.get(1));
        account("ent3", "老街便利店(演示)", Role.ENTERPRISE, null, DemoRegistry.ENTERPRISE_USCCS.get(2));
    }

    private void account(String username, String name, Role role, String department, String uscc) {
        if (!identity.accountExists(username)) {
            identity.createAccount(new NewAccount(username, PASSWORD, name, role, department,
                    uscc == null ? null : Uscc.parse(uscc)));
        }
    }
}

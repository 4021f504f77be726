package org.jiqitong;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jiqitong.registry.DemoRegistry;
import org.jiqitong.registry.Feed;
import org.jiqitong.registry.ImportError;
import org.jiqitong.registry.ImportRefusedException;
import org.jiqitong.registry.ImportRequest;
import org.jiqitong.registry.ImportResult;
import org.jiqitong.registry.Registry;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The {@code generate} and {@code import} commands. */
@Component
@Profile("cli")
class CommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final Registry registry;
    private final org.jiqitong.redemption.Payouts payouts;
    private int exitCode;

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private final org.jiqitong.jobs.Jobs jobs;

    CommandLine(Registry registry, org.jiqitong.redemption.Payouts payouts, org.jiqitong.jobs.Jobs jobs) {
        this.jobs = jobs;
        this.registry = registry;
        this.payouts = payouts;
    }

    static int generate(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int count = Integer.parseInt(options.getOrDefault("count", "20000"));
        Path out = Path.of(options.getOrDefault("out", "demo-feeds"));
        // the city is generated for a day: today in Beijing unless --today=YYYY-MM-DD says otherwise
        java.time.LocalDate today = options.containsKey("today") ? java.time.LocalDate.parse(options.get("today"))
                : org.jiqitong.shared.ChinaTime.today(java.time.Clock.systemUTC());
        long start = System.nanoTime();
        DemoRegistry.write(count, out, today);
        System.out.printf("Wrote %d entities to %s (entities.csv, figures.csv, qualifications.csv, credit.csv) in %d ms%n",
                count, out.toAbsolutePath(), (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Map<String, String> options = options(args.getSourceArgs());
        if (args.getSourceArgs().length > 0 && args.getSourceArgs()[0].equals("pay")) {
            pay(options);
            return;
        }
        if (!options.containsKey("feed") || !options.containsKey("source") || !options.containsKey("file")) {
            System.err.println("Usage: import --feed=entities|figures|qualifications --source=CODE --file=PATH");
            exitCode = 2;
            return;
        }
        Path file = Path.of(options.get("file"));
        Feed feed = Feed.ofPath(options.get("feed"));
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            // a job like any delivery (its progress and fate visible to the platform), which this command waits for
            var job = registry.submitImport(new ImportRequest(feed, options.get("source"), ImportRequest.Channel.CLI,
                    file.getFileName().toString(), System.getProperty("user.name")), in);
            System.out.printf("Delivery submitted as job %d%n", job.id());
            var done = jobs.await(job.id(), java.time.Duration.ofDays(1));
            if (done.state() != org.jiqitong.jobs.JobState.SUCCEEDED) {
                System.err.println("Failed: " + done.error());
                exitCode = 2;
                return;
            }
            ImportResult r = JSON.readValue(done.resultJson(), ImportResult.class);
            System.out.printf("Delivery #%d: %d accepted, %d rejected, %d entities changed (%d ms)%n", r.runId(),
                    r.accepted(), r.rejected(), r.changed(), (System.nanoTime() - start) / 1_000_000);
            for (ImportError e : r.errors()) {
                System.out.printf("  row %d%s: %s%n", e.row(), e.column() == null ? "" : " [" + e.column() + "]", e.message());
            }
            exitCode = r.rejected() > 0 ? 1 : 0;
        } catch (ImportRefusedException e) {
            System.err.println("Refused: " + e.getMessage());
            exitCode = 2;
        }
    }

    /**
     * Marks the pending lines of a batch paid, one transaction per line (after the bank confirmed them). Safe to run
     * again after an interruption: a paid line is never paid twice.
     */
    private void pay(Map<String, String> options) throws InterruptedException {
        if (!options.containsKey("batch")) {
            System.err.println("Usage: pay --batch=ID [--by=USERNAME] [--pause-ms=N]");
            exitCode = 2;
            return;
        }
        long batch = Long.parseLong(options.get("batch"));
        String by = options.getOrDefault("by", "finance-cli");
        long pause = Long.parseLong(options.getOrDefault("pause-ms", "0"));
        var finance = new org.jiqitong.identity.CurrentUser(0, by, by, org.jiqitong.identity.Role.FINANCE, "FIN", null,
                null, false, true);
        int paid = payouts.payBatch(batch, finance, java.time.Duration.ofMillis(pause));
        System.out.printf("Batch %d: %d line(s) paid now%n", batch, paid);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}

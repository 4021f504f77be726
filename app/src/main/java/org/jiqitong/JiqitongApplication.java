package org.jiqitong;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the platform; or, with a command, runs it once without the web server:
 * <pre>
 *   generate --count=1500000 --out=DIR                       write synthetic demo feeds as CSV
 *   import --feed=entities --source=AMR --file=entities.csv  deliver a feed into the registry
 *   pay --batch=ID [--by=USERNAME] [--pause-ms=N]            mark a payout batch's pending lines paid
 *   verify-log --url=https://HOST [--key=VERIFIER_KEY]        verify the vault's log (no database, only its API)
 *   witness --url=https://HOST --state=FILE                  accept its checkpoint only if consistent with the last
 * </pre>
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class JiqitongApplication {

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : null;
        if ("generate".equals(command)) {
            System.exit(CommandLine.generate(Arrays.copyOfRange(args, 1, args.length)));
        }
        if ("verify-log".equals(command) || "witness".equals(command)) {
            java.util.Map<String, String> options = new java.util.HashMap<>();
            for (String a : Arrays.copyOfRange(args, 1, args.length)) {
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 2) {
                    options.put(a.substring(2, eq), a.substring(eq + 1));
                }
            }
            System.exit(org.jiqitong.vault.LogCommands.main(command, options));
        }
        if ("import".equals(command) || "pay".equals(command)) {
            SpringApplication app = new SpringApplication(JiqitongApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        if (command != null) {
            System.err.println("Unknown command \"" + command + "\". Commands: generate, import, pay, verify-log, witness (or none to start the platform).");
            System.exit(2);
        }
        SpringApplication.run(JiqitongApplication.class, args);
    }
}

package org.jiqitong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.jiqitong.shared.DataDirectory;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an embedded PostgreSQL (a real server from Maven, data kept under the data directory)
 * unless {@code spring.datasource.url} names an external one, in which case Spring Boot's own
 * data source is used and nothing is embedded.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataDirectory dataDirectory(@Value("${jiqitong.data-dir}") Path root) {
        return new DataDirectory(root);
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory,
            @Value("${jiqitong.embedded-db.port:0}") int port,
            @Value("${jiqitong.embedded-db.durable:true}") boolean durable) throws IOException {
        Path pgData = dataDirectory.resolve("postgres");
        stopOrphan(pgData);
        String password = EmbeddedPassword.readOrCreate(dataDirectory.root().resolve(EmbeddedPassword.FILE));
        log.info("Starting embedded PostgreSQL with data in {}", pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                // this machine only, and with the password generated into the data directory (issue 13.2)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setConnectConfig("password", password)
                .setCleanDataDirectory(false)
                // Spring stops the server after everything that uses it; a JVM hook of its own would race that.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("temp_buffers", "512MB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("wal_buffers", "64MB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("timezone", "Asia/Shanghai");
        if (durable) {
            // the platform's data: every commit on disk before it is acknowledged (tests may trade this for speed)
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            EmbeddedPassword.require(postgres.getPort(), pgData, password);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    /**
     * A platform killed with {@code kill -9} leaves its embedded PostgreSQL running on our data directory, parent 1:
     * the next start could not get the directory and gave up. Such a server is found by its {@code postmaster.pid}
     * and stopped cleanly (a fast shutdown, which also ends any session still connected to it), forcibly only
     * if it does not within 30 s; then we start as usual (PostgreSQL itself discards a lock file whose process is
     * gone).
     */
    static void stopOrphan(Path pgData) {
        Path lock = pgData.resolve("postmaster.pid");
        if (!java.nio.file.Files.exists(lock)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(java.nio.file.Files.readAllLines(lock).get(0).strip());
        } catch (IOException | RuntimeException e) {
            return; // unreadable or half written: PostgreSQL judges it when it starts
        }
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping the embedded PostgreSQL (pid {}) left running on {} by an earlier start", pid, pgData);
                    fastShutdown(orphan);
                    try {
                        orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        log.warn("It did not stop within 30 s; killing it");
                        orphan.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (java.util.concurrent.ExecutionException e) {
                        // it is gone
                    }
                });
    }

    /**
     * SIGINT is PostgreSQL's "fast" shutdown: it ends the sessions still connected (a dead platform's, an operator's
     * psql) and stops; SIGTERM ("smart") would wait for every one of them to leave. Java sends only SIGTERM and
     * SIGKILL itself, so {@code kill -INT}; SIGTERM if that is not there.
     */
    private static void fastShutdown(ProcessHandle postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).redirectErrorStream(true).start();
            if (kill.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.destroy();
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    DataSource dataSource(EmbeddedPostgres postgres, DataDirectory dataDirectory) throws IOException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres");
        config.setUsername("postgres");
        config.setPassword(EmbeddedPassword.readOrCreate(dataDirectory.root().resolve(EmbeddedPassword.FILE)));
        config.setMaximumPoolSize(20);
        config.setPoolName("jiqitong-embedded");
        return new HikariDataSource(config);
    }
}

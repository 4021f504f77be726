package org.jiqitong.jobs.internal;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once in the cluster: every {@code @Scheduled} job that acts on shared data carries a
 * {@code @SchedulerLock}, held in the {@code shedlock} table of the platform's PostgreSQL (ShedLock's JDBC provider,
 * the database's clock). ShedLock rather than Quartz: the jobs stay plain Spring {@code @Scheduled} methods and the
 * long work they start is already a durable job row ({@code job}); Quartz's job store would be a second one. A
 * lock's {@code lockAtMostFor} (30 minutes unless a job says otherwise) frees it when its holder died mid-run. The
 * heartbeat of this instance's own jobs is deliberately not locked: every instance beats for itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ClusterLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}

package org.jiqitong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.jiqitong.Http;
import org.jiqitong.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 14.5 and 14.1: the platform's meters for Prometheus, for ADMIN only; scheduled jobs hold a cluster lock. */
class OperationsIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void anAdministratorScrapesThePlatformsOwnMetersNobodyElseDoes() {
        HttpResponse<String> r = Http.basic(port, "admin", "jiqitong-demo").get("/actuator/prometheus");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("jiqitong_jobs{state=\"queued\"}", "jiqitong_jobs{state=\"running\"}",
                "jiqitong_jobs{state=\"failed_last_day\"}", "jiqitong_events_incomplete", "jiqitong_mails_waiting",
                "jiqitong_clocks_overdue", "jiqitong_sweep_seconds_count{kind=\"full\"}")
                .doesNotContain("jiqitong_jobs{state=\"queued\"} NaN");
        assertThat(Http.basic(port, "clerk", "jiqitong-demo").get("/actuator/prometheus").statusCode()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void aScheduledJobTakesItsClusterLockAndASecondRunWithinItsHoldIsSkipped() {
        escalate();
        OffsetDateTime first = lockedAt();
        assertThat(first).as("the run took the lock row").isNotNull();
        assertThat(jdbc.sql("SELECT lock_until > now() + interval '4 minutes' FROM shedlock WHERE name = ?")
                .param("supervision-escalate-overdue").query(Boolean.class).single())
                .as("held at least five minutes: another instance's run of the same hour skips").isTrue();
        escalate();
        assertThat(lockedAt()).as("the second run did not take it again").isEqualTo(first);
    }

    /** The hourly escalation, called as the scheduler calls it: on the bean (through its lock), not on the class. */
    private void escalate() {
        Object job = context.getBean("escalationJob");
        java.lang.reflect.Method m = org.springframework.util.ReflectionUtils.findMethod(job.getClass(), "escalate");
        org.springframework.util.ReflectionUtils.makeAccessible(m);
        org.springframework.util.ReflectionUtils.invokeMethod(m, job);
    }

    private OffsetDateTime lockedAt() {
        return jdbc.sql("SELECT locked_at AT TIME ZONE 'UTC' FROM shedlock WHERE name = ?")
                .param("supervision-escalate-overdue").query(java.time.LocalDateTime.class).optional()
                .map(t -> t.atOffset(java.time.ZoneOffset.UTC)).orElse(null);
    }
}

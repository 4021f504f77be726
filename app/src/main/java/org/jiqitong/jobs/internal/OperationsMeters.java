package org.jiqitong.jobs.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's own gauges for {@code /actuator/prometheus}, read from the shared database (so every instance
 * reports the cluster's figure): jobs queued, running and failed in the last day ({@code jiqitong_jobs{state}}), event
 * publications not completed ({@code jiqitong_events_incomplete}), e-mails waiting to be sent
 * ({@code jiqitong_mails_waiting}) and open supervision clocks past their due day ({@code jiqitong_clocks_overdue}).
 */
@Component
class OperationsMeters implements MeterBinder {

    private final JdbcClient jdbc;

    OperationsMeters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "jiqitong.jobs", "jobs in the state", "state", "queued",
                "SELECT count(*) FROM job WHERE state = 'QUEUED'");
        gauge(registry, "jiqitong.jobs", "jobs in the state", "state", "running",
                "SELECT count(*) FROM job WHERE state = 'RUNNING'");
        gauge(registry, "jiqitong.jobs", "jobs in the state", "state", "failed_last_day",
                "SELECT count(*) FROM job WHERE state = 'FAILED' AND finished_at > now() - interval '1 day'");
        gauge(registry, "jiqitong.events.incomplete", "event publications whose listener has not completed", null, null,
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
        gauge(registry, "jiqitong.mails.waiting", "e-mails not yet sent", null, null,
                "SELECT count(*) FROM notification_mail WHERE sent_at IS NULL");
        gauge(registry, "jiqitong.clocks.overdue", "open supervision clocks past their due day", null, null, """
                SELECT count(*) FROM supervision_clock
                WHERE finished_at IS NULL AND due_on < (now() AT TIME ZONE 'Asia/Shanghai')::date""");
    }

    private void gauge(MeterRegistry registry, String name, String description, String tag, String value, String sql) {
        Gauge.Builder<JdbcClient> b = Gauge.builder(name, jdbc, j -> {
            try {
                return j.sql(sql).query(Long.class).single();
            } catch (RuntimeException e) {
                return Double.NaN; // the database did not answer: the scrape says so rather than failing
            }
        }).description(description);
        if (tag != null) {
            b.tag(tag, value);
        }
        b.register(registry);
    }
}

package org.jiqitong.monitoring;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.jobs.JobView;
import org.jiqitong.jobs.Jobs;
import org.jiqitong.monitoring.internal.ReportStore;
import org.jiqitong.monitoring.internal.ReportWriter;
import org.springframework.stereotype.Service;

/**
 * 每半年对政策落实情况进行评估分析 (十条措施): the half-yearly report, generated in the background as a job with its
 * progress (one per half-year at a time), stored with its SHA-256, listed and downloaded by staff. A report whose
 * instance stopped is failed with the reason, never left running.
 */
@Service
public class Reports {

    public static final String JOB = "HALF_YEAR_REPORT";

    private final ReportStore store;
    private final ReportWriter writer;
    private final Jobs jobs;

    Reports(ReportStore store, ReportWriter writer, Jobs jobs) {
        this.store = store;
        this.writer = writer;
        this.jobs = jobs;
    }

    /** Supervisors and administrators request a half-year ("2026-H1"); returns the report's id. */
    public long generate(String half, CurrentUser who) {
        if (!who.is(Role.ADMIN) && !who.is(Role.SUPERVISOR)) {
            throw new MonitoringNotFoundException();
        }
        DashboardFilter period = DashboardFilter.half(half);
        long id = store.insert(half, who.getUsername());
        JobView job = jobs.submit(JOB, half, who.getUsername(), progress -> {
            try {
                byte[] pdf = writer.write(period, half, progress);
                progress.step("保存");
                store.done(id, pdf, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
                return Map.of("report", id, "bytes", pdf.length);
            } catch (Exception e) {
                store.failed(id, e.getMessage());
                throw e;
            }
        });
        if (job.joined()) {
            store.failed(id, "同一半年的报告正在生成(任务 " + job.id() + "),本次请求已并入");
        } else {
            store.job(id, job.id());
        }
        return id;
    }

    public List<ReportStore.Row> recent(CurrentUser who) {
        staff(who);
        return store.recent();
    }

    public ReportStore.Row get(long id, CurrentUser who) {
        staff(who);
        return store.find(id).orElseThrow(MonitoringNotFoundException::new);
    }

    public byte[] pdf(long id, CurrentUser who) {
        staff(who);
        return store.pdf(id).orElseThrow(MonitoringNotFoundException::new);
    }

    private static void staff(CurrentUser who) {
        if (who == null || who.is(Role.ENTERPRISE)) {
            throw new MonitoringNotFoundException();
        }
    }
}

package org.jiqitong.monitoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.jobs.Work;
import org.jiqitong.monitoring.DashboardFilter;
import org.jiqitong.monitoring.Dashboards;
import org.jiqitong.monitoring.Table;
import org.jiqitong.monitoring.Targets;
import org.jiqitong.redemption.ServiceResult;
import org.jiqitong.redemption.ServiceResults;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Gathers the half-year's figures (the dashboards' own tables, in Chinese), draws the charts, renders the PDF. */
@Component
public class ReportWriter {

    /** The report reads every department's figures. */
    private static final CurrentUser REPORT = new CurrentUser(0, "report", "半年评估报告", Role.SUPERVISOR, null, null,
            null, false, true);

    private final Dashboards dashboards;
    private final Targets targets;
    private final ServiceResults results;
    private final MessageSource messages;
    private final ReportPdf pdf;
    private final java.time.Clock clock;
    private final org.jiqitong.identity.Identity identity;

    ReportWriter(Dashboards dashboards, Targets targets, ServiceResults results, MessageSource messages, ReportPdf pdf,
            java.time.Clock clock, org.jiqitong.identity.Identity identity) {
        this.identity = identity;
        this.dashboards = dashboards;
        this.targets = targets;
        this.results = results;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
    }

    public byte[] write(DashboardFilter period, String half, Work.Progress progress) throws Exception {
        pdf.font(); // fail at once, with the reason, when no font can be embedded
        progress.step("汇总数据");
        progress.done(0, 4L);
        List<Table> tables = dashboards.all(period, REPORT);
        List<TableView> views = new ArrayList<>();
        for (Table t : tables) {
            views.add(TableView.of(t, messages, Locale.SIMPLIFIED_CHINESE));
        }
        progress.done(1, 4L);
        progress.step("绘制图表");
        Map<String, String> charts = new LinkedHashMap<>();
        for (TableView v : views) {
            if (v.chart().isEmpty()) {
                continue;
            }
            int series = v.series().get(0);
            List<String> categories = v.chart().stream().map(r -> String.valueOf(r.get(0))).toList();
            List<Number> values = v.chart().stream().map(r -> r.get(series) instanceof Number n ? n : (Number) 0).toList();
            boolean line = v.key().endsWith("Month");
            charts.put(v.key(), pdf.chart(v.title(), v.header().get(series), categories, values, line));
        }
        progress.done(2, 4L);
        progress.step("生成 PDF");
        List<ServiceResult> service = results.results(true, REPORT);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("half", half);
        vars.put("from", period.from());
        vars.put("to", period.to().minusDays(1));
        vars.put("tables", views);
        vars.put("charts", charts);
        vars.put("targets", targets.all());
        vars.put("service", service);
        vars.put("departments", identity.departments(false));
        vars.put("generatedAt", java.time.OffsetDateTime.now(clock).atZoneSameInstant(org.jiqitong.shared.ChinaTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        vars.put("asOf", dashboards.summariesAsOf().atZoneSameInstant(org.jiqitong.shared.ChinaTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        byte[] out = pdf.render(vars);
        progress.done(4, 4L);
        return out;
    }
}

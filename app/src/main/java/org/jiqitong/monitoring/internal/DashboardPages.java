package org.jiqitong.monitoring.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.monitoring.DashboardFilter;
import org.jiqitong.monitoring.Dashboards;
import org.jiqitong.monitoring.MonitoringNotFoundException;
import org.jiqitong.monitoring.Table;
import org.jiqitong.monitoring.Targets;
import org.jiqitong.registry.District;
import org.jiqitong.registry.Ownership;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Csv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboards for staff, the open-data subset for everyone, and every table as CSV and XLSX (same filters). */
@PageController
class DashboardPages {

    private final Dashboards dashboards;
    private final Targets targets;
    private final Identity identity;
    private final MessageSource messages;
    private final java.time.Clock clock;

    DashboardPages(Dashboards dashboards, Targets targets, Identity identity, MessageSource messages, java.time.Clock clock) {
        this.dashboards = dashboards;
        this.targets = targets;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    private DashboardFilter filter(String district, String ownership, String department, LocalDate from, LocalDate to) {
        return DashboardFilter.of(district, ownership, department, from, to, org.jiqitong.shared.ChinaTime.today(clock));
    }

    @GetMapping("/dashboards")
    String dashboards(@RequestParam(required = false) String district, @RequestParam(required = false) String ownership,
            @RequestParam(required = false) String department, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        CurrentUser me = staff();
        DashboardFilter f = filter(district, ownership, department, from, to);
        model.addAttribute("tables", views(dashboards.all(f, me)));
        model.addAttribute("mayChooseDepartment", me.is(Role.ADMIN) || me.is(Role.SUPERVISOR));
        return page(model, f, "/dashboards");
    }

    @GetMapping("/open-data")
    String open(@RequestParam(required = false) String district, @RequestParam(required = false) String ownership,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
        DashboardFilter f = filter(district, ownership, null, from, to);
        model.addAttribute("tables", views(dashboards.all(f, null)));
        model.addAttribute("mayChooseDepartment", false);
        return page(model, f, "/open-data");
    }

    private String page(Model model, DashboardFilter f, String base) {
        model.addAttribute("f", f);
        model.addAttribute("base", base);
        model.addAttribute("asOf", dashboards.summariesAsOf());
        model.addAttribute("targets", targets.all());
        model.addAttribute("districts", District.values());
        model.addAttribute("ownerships", Ownership.values());
        model.addAttribute("departments", identity.departments(english()));
        return "monitoring/dashboards";
    }

    @GetMapping({"/dashboards/{key}.csv", "/open-data/{key}.csv"})
    void csv(@PathVariable String key, @RequestParam(required = false) String district,
            @RequestParam(required = false) String ownership, @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
        TableView t = one(key, filter(district, ownership, department, from, to), request.getRequestURI());
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + ".csv\"");
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(String.join(",", t.header().stream().map(Csv::cell).toList())).append("\r\n");
        for (List<String> row : t.cells()) {
            sb.append(String.join(",", row.stream().map(Csv::cell).toList())).append("\r\n");
        }
        response.getOutputStream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping({"/dashboards/{key}.xlsx", "/open-data/{key}.xlsx"})
    void xlsx(@PathVariable String key, @RequestParam(required = false) String district,
            @RequestParam(required = false) String ownership, @RequestParam(required = false) String department,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
        TableView t = one(key, filter(district, ownership, department, from, to), request.getRequestURI());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + key + ".xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(key);
            Row h = sheet.createRow(0);
            for (int i = 0; i < t.header().size(); i++) {
                h.createCell(i).setCellValue(t.header().get(i));
            }
            for (int r = 0; r < t.chart().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = t.chart().get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            book.write(response.getOutputStream());
        }
    }

    private TableView one(String key, DashboardFilter f, String uri) {
        CurrentUser me = uri.startsWith("/open-data") ? null : staff();
        return views(dashboards.one(key, f, me).stream().toList()).stream().findFirst()
                .orElseThrow(MonitoringNotFoundException::new);
    }

    private List<TableView> views(List<Table> tables) {
        Locale locale = LocaleContextHolder.getLocale();
        return tables.stream().map(t -> TableView.of(t, messages, locale)).toList();
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private static CurrentUser staff() {
        CurrentUser me = CurrentUser.get().orElseThrow(MonitoringNotFoundException::new);
        if (me.is(Role.ENTERPRISE)) {
            throw new MonitoringNotFoundException();
        }
        return me;
    }
}

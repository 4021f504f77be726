package org.jiqitong.monitoring.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.monitoring.DashboardFilter;
import org.jiqitong.monitoring.MonitoringNotFoundException;
import org.jiqitong.monitoring.Reports;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The half-yearly reports: generate one (in the background), the list with each one's state, download the PDF. */
@PageController
class ReportPages {

    private final Reports reports;
    private final java.time.Clock clock;

    ReportPages(Reports reports, java.time.Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String list(Model model) {
        model.addAttribute("reports", reports.recent(me()));
        var today = ChinaTime.today(clock);
        var last = DashboardFilter.half(today).from().minusDays(1);
        model.addAttribute("suggested", last.getYear() + "-H" + (last.getMonthValue() <= 6 ? 1 : 2));
        model.addAttribute("current", today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2));
        model.addAttribute("mayGenerate", me().is(org.jiqitong.identity.Role.ADMIN) || me().is(org.jiqitong.identity.Role.SUPERVISOR));
        return "monitoring/reports";
    }

    @PostMapping("/reports")
    String generate(@RequestParam(required = false) String half, RedirectAttributes redirect) {
        try {
            reports.generate(half, me());
            redirect.addFlashAttribute("notice", "报告正在后台生成,完成后可在下方下载");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports";
    }

    @GetMapping("/reports/{id}.pdf")
    void pdf(@PathVariable long id, HttpServletResponse response) throws IOException {
        var row = reports.get(id, me());
        byte[] pdf = reports.pdf(id, me());
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"jiqitong-report-" + row.half() + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(pdf);
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(MonitoringNotFoundException::new);
    }
}

package org.jiqitong.demand.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.Demands;
import org.jiqitong.demand.Rate;
import org.jiqitong.identity.Identity;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 诉求's three rates (for staff, the public's anonymised page, CSV and Excel) and the ADMIN's category settings. */
@PageController
class DemandRatePages {

    private final Demands demands;
    private final Identity identity;
    private final Clock clock;

    DemandRatePages(Demands demands, Identity identity, Clock clock) {
        this.demands = demands;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/demands/rates")
    String rates(@RequestParam(required = false) Integer year, Model model) {
        DemandPageSupport.staff();
        return rates(year, model, "demand/rates");
    }

    /** The public, anonymised: rates only, no demand and no person. */
    @GetMapping("/stats/demands")
    String publicRates(@RequestParam(required = false) Integer year, Model model) {
        return rates(year, model, "demand/public-rates");
    }

    @GetMapping("/demands/rates.csv")
    void csv(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        DemandPageSupport.staff();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"demand-rates.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        out.write("维度,分组,诉求数,按时响应,已答复,已解决,已评价,满意及基本满意,响应率,解决率,满意率\r\n");
        for (var e : ratesOf(year).entrySet()) {
            for (Rate r : e.getValue()) {
                out.write(String.join(",", e.getKey(), r.key(), "" + r.demands(), "" + r.respondedInTime(),
                        "" + r.replied(), "" + r.resolved(), "" + r.rated(), "" + r.satisfied(), pct(r.responseRate()),
                        pct(r.resolutionRate()), pct(r.satisfactionRate())) + "\r\n");
            }
        }
        out.flush();
    }

    @GetMapping("/demands/rates.xlsx")
    void xlsx(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        DemandPageSupport.staff();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"demand-rates.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            for (var e : ratesOf(year).entrySet()) {
                Sheet sheet = book.createSheet(e.getKey());
                Row h = sheet.createRow(0);
                String[] head = {"分组", "诉求数", "按时响应", "已答复", "已解决", "已评价", "满意及基本满意", "响应率", "解决率", "满意率"};
                for (int i = 0; i < head.length; i++) {
                    h.createCell(i).setCellValue(head[i]);
                }
                int n = 1;
                for (Rate r : e.getValue()) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(r.key());
                    long[] v = {r.demands(), r.respondedInTime(), r.replied(), r.resolved(), r.rated(), r.satisfied()};
                    for (int i = 0; i < v.length; i++) {
                        row.createCell(i + 1).setCellValue(v[i]);
                    }
                    Double[] rates = {r.responseRate(), r.resolutionRate(), r.satisfactionRate()};
                    for (int i = 0; i < rates.length; i++) {
                        if (rates[i] != null) {
                            row.createCell(7 + i).setCellValue(rates[i]);
                        }
                    }
                }
            }
            book.write(response.getOutputStream());
        }
    }

    @GetMapping("/admin/demand-categories")
    String categories(Model model) {
        DemandPageSupport.admin();
        model.addAttribute("categories", demands.allCategories());
        model.addAttribute("departments", DemandPageSupport.departments(identity));
        return "demand/categories";
    }

    @PostMapping("/admin/demand-categories/{code}")
    String saveCategory(@PathVariable String code, @RequestParam String department, @RequestParam int respondHours,
            @RequestParam int resolveDays, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        try {
            demands.saveCategory(code, department, respondHours, resolveDays, active, DemandPageSupport.admin());
            redirect.addFlashAttribute("notice", "已保存:" + code);
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/demand-categories";
    }

    private String rates(Integer year, Model model, String view) {
        int y = year == null ? ChinaTime.today(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("rates", ratesOf(y));
        model.addAttribute("departments", DemandPageSupport.departments(identity));
        model.addAttribute("categoryNames", demands.allCategories().stream()
                .collect(Collectors.toMap(c -> c.code(), c -> c.nameZh())));
        return view;
    }

    private Map<String, List<Rate>> ratesOf(Integer year) {
        int y = year == null ? ChinaTime.today(clock).getYear() : year;
        OffsetDateTime from = LocalDate.of(y, 1, 1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        return demands.rates(from, from.plusYears(1));
    }

    private static String pct(Double d) {
        return d == null ? "" : String.format("%.1f%%", d * 100);
    }
}

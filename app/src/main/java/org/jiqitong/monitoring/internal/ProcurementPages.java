package org.jiqitong.monitoring.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.monitoring.MonitoringNotFoundException;
import org.jiqitong.monitoring.ProcurementCheck;
import org.jiqitong.monitoring.ProcurementLine;
import org.jiqitong.monitoring.ProcurementVerdict;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Csv;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 实施意见 2 for a purchaser department: upload the year's plan (CSV), read each line's verdict with its rule and
 * numbers and the department's summary, export the result. A bad row refuses the whole file by its row number and
 * field; the year's stored plan is kept as it was.
 */
@PageController
class ProcurementPages {

    /** The procurement threshold (采购限额标准) when the department gives none: 100 万元 (a setting per city). */
    private final long defaultThresholdFen;
    private final ProcurementStore store;
    private final java.time.Clock clock;

    ProcurementPages(ProcurementStore store, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${jiqitong.procurement.threshold-yuan:1000000}") long thresholdYuan) {
        this.store = store;
        this.clock = clock;
        this.defaultThresholdFen = thresholdYuan * 100;
    }

    record Checked(ProcurementLine line, ProcurementCheck.Result result) {
    }

    @GetMapping("/procurement")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) BigDecimal threshold,
            Model model) {
        String department = department();
        int y = year == null ? ChinaTime.today(clock).getYear() : year;
        long t = threshold == null ? defaultThresholdFen : ProcurementApi.fen("threshold", threshold, "采购限额标准");
        List<Checked> checked = check(store.lines(department, y), t);
        model.addAttribute("year", y);
        model.addAttribute("thresholdYuan", BigDecimal.valueOf(t, 2).stripTrailingZeros().toPlainString());
        model.addAttribute("checked", checked);
        long inScope = checked.stream().filter(c -> c.result().verdict() != ProcurementVerdict.OUT_OF_SCOPE)
                .mapToLong(c -> c.line().budgetFen()).sum();
        long reserved = checked.stream().filter(c -> c.result().verdict() != ProcurementVerdict.OUT_OF_SCOPE)
                .mapToLong(c -> c.line().reservedFen()).sum();
        model.addAttribute("count", checked.size());
        model.addAttribute("pass", checked.stream().filter(c -> c.result().verdict() == ProcurementVerdict.PASS).count());
        model.addAttribute("fail", checked.stream().filter(c -> c.result().verdict() == ProcurementVerdict.FAIL).count());
        model.addAttribute("out", checked.stream().filter(c -> c.result().verdict() == ProcurementVerdict.OUT_OF_SCOPE).count());
        model.addAttribute("inScopeFen", inScope);
        model.addAttribute("reservedFen", reserved);
        model.addAttribute("share", inScope == 0 ? null : String.format(java.util.Locale.ROOT, "%.1f%%", reserved * 100.0 / inScope));
        return "monitoring/procurement";
    }

    @PostMapping("/procurement")
    String upload(@RequestParam(required = false) Integer year, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        String department = department();
        int y = year == null ? ChinaTime.today(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new IllegalArgumentException("年度:应为2000至2100年");
        }
        try {
            if (file == null || file.isEmpty()) {
                throw new IllegalArgumentException("请选择采购计划 CSV 文件");
            }
            List<ProcurementLine> lines = read(file);
            store.replace(department, y, lines, CurrentUser.get().orElseThrow().getUsername());
            redirect.addFlashAttribute("notice", "已上传 " + lines.size() + " 行并完成检查");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/procurement?year=" + y;
    }

    @GetMapping("/procurement/export.csv")
    void export(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        String department = department();
        int y = year == null ? ChinaTime.today(clock).getYear() : year;
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"procurement-" + y + ".csv\"");
        StringBuilder sb = new StringBuilder("\uFEFF编号,类别,预算(元),适宜中小企业,预留(元),其中小微(元),结论,依据\r\n");
        for (Checked c : check(store.lines(department, y), defaultThresholdFen)) {
            ProcurementLine l = c.line();
            sb.append(String.join(",", Csv.cell(l.id()), l.category().labelZh(), yuan(l.budgetFen()), l.suitableForSme() ? "是" : "否",
                    yuan(l.reservedFen()), yuan(l.reservedSmallMicroFen()), c.result().verdict().labelZh(),
                    Csv.cell(String.join(";", c.result().reasons())))).append("\r\n");
        }
        response.getOutputStream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static List<Checked> check(List<ProcurementLine> lines, long threshold) {
        List<Checked> out = new ArrayList<>();
        for (ProcurementLine l : lines) {
            out.add(new Checked(l, ProcurementCheck.check(l, threshold)));
        }
        return out;
    }

    /** Reads the CSV: header id,category,budget_yuan,suitable_for_sme,reserved_yuan,reserved_small_micro_yuan. */
    static List<ProcurementLine> read(MultipartFile file) throws IOException {
        List<ProcurementLine> lines = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().replace(" ", "")
                    .equals("id,category,budget_yuan,suitable_for_sme,reserved_yuan,reserved_small_micro_yuan")) {
                throw new IllegalArgumentException("第1行:表头应为 id,category,budget_yuan,suitable_for_sme,reserved_yuan,"
                        + "reserved_small_micro_yuan");
            }
            String text;
            int n = 1;
            while ((text = in.readLine()) != null) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                if (n > 10_001) {
                    throw new IllegalArgumentException("一个文件最多10000行");
                }
                String[] f = text.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalArgumentException("第" + n + "行:应有6列,实际 " + f.length + " 列");
                }
                String suitable = f[3].strip();
                Boolean s = switch (suitable) {
                    case "是", "true", "TRUE", "1", "Y", "y" -> true;
                    case "否", "false", "FALSE", "0", "N", "n" -> false;
                    default -> null;
                };
                try {
                    ProcurementLine l = ProcurementApi.line(new ProcurementApi.Line(f[0].strip(), f[1].strip(),
                            number(f[2]), s, number(f[4]), number(f[5])), n);
                    String problem = ProcurementCheck.problem(l);
                    if (problem != null) {
                        throw new IllegalArgumentException(problem);
                    }
                    if (!ids.add(l.id())) {
                        throw new IllegalArgumentException("编号“" + l.id() + "”重复");
                    }
                    lines.add(l);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("第" + n + "行:" + e.getMessage().replaceFirst("^lines\\[\\d+\\]\\([^)]*\\)\\.", ""));
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("文件中没有采购计划行");
        }
        return lines;
    }

    private static BigDecimal number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + s.strip() + "”不是金额");
        }
    }

    private static String department() {
        CurrentUser me = CurrentUser.get().orElseThrow(MonitoringNotFoundException::new);
        if (me.is(Role.ENTERPRISE) || me.departmentCode().isEmpty()) {
            throw new MonitoringNotFoundException();
        }
        return me.departmentCode().get();
    }
}

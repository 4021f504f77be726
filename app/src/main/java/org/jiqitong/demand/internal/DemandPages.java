package org.jiqitong.demand.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiqitong.demand.DemandNotFoundException;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.DemandView;
import org.jiqitong.demand.Demands;
import org.jiqitong.demand.NewDemand;
import org.jiqitong.demand.Rate;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.shared.ChinaTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 诉求 pages: the enterprise's demands, the 找茬窗口, the department's queue, the three rates, tracking by token. */
@Controller
class DemandPages {

    private final Demands demands;
    private final Identity identity;
    private final java.time.Clock clock;
    private final org.jiqitong.shared.BlobStore blobs;

    DemandPages(Demands demands, Identity identity, java.time.Clock clock, org.jiqitong.shared.BlobStore blobs) {
        this.blobs = blobs;
        this.demands = demands;
        this.identity = identity;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the enterprise

    @GetMapping("/my/demands")
    String mine(Model model) {
        model.addAttribute("demands", demands.mine(me()));
        model.addAttribute("categories", demands.categories());
        return "demand/mine";
    }

    @PostMapping("/my/demands")
    String file(@RequestParam(required = false) String category, @RequestParam(required = false) String description,
            @RequestParam(required = false) String address,
            @RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            RedirectAttributes redirect) throws IOException {
        List<Demands.Upload> uploads = new java.util.ArrayList<>();
        for (var f : files == null ? List.<org.springframework.web.multipart.MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploads.add(new Demands.Upload(f.getOriginalFilename(), f.getInputStream()));
            }
        }
        try {
            DemandView d = demands.fileAsEnterprise(category, description, address, uploads, me());
            redirect.addFlashAttribute("notice", "诉求已提交,已派至承办部门");
            return "redirect:/my/demands/" + d.id();
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("description", description);
            redirect.addFlashAttribute("category", category);
            redirect.addFlashAttribute("address", address);
            return "redirect:/my/demands";
        }
    }

    @GetMapping("/my/demands/{id}")
    String one(@PathVariable long id, Model model) {
        CurrentUser me = me();
        if (!me.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        return detail(demands.get(id, me), model, "demand/mine-one");
    }

    @PostMapping("/my/demands/{id}/rate")
    String rate(@PathVariable long id, @RequestParam(required = false) String rating, RedirectAttributes redirect) {
        CurrentUser me = me();
        DemandView d = own(id, me);
        return act("/my/demands/" + id, redirect, "感谢您的评价", () -> demands.rate(d.token(), rating, me.getUsername()));
    }

    @PostMapping("/my/demands/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        CurrentUser me = me();
        DemandView d = own(id, me);
        return act("/my/demands/" + id, redirect, "已申请重新办理", () -> demands.reopen(d.token(), reason, me.getUsername()));
    }

    /** A caller follows a demand by its token (given on filing, e.g. by the hotline). */
    @GetMapping("/demands/track")
    String track(@RequestParam(required = false) String token, Model model) {
        if (token == null || token.isBlank()) {
            return "demand/track";
        }
        try {
            return detail(demands.byToken(token.strip()), model, "demand/track");
        } catch (DemandNotFoundException e) {
            model.addAttribute("error", "没有找到这个查询码对应的诉求");
            return "demand/track";
        }
    }

    // ---------------------------------------------------------------- staff

    @GetMapping("/demands")
    String queue(Model model) {
        CurrentUser me = staff();
        model.addAttribute("queue", demands.queue(me));
        model.addAttribute("isWindow", me.is(Role.CLERK));
        model.addAttribute("categories", demands.categories());
        model.addAttribute("departments", departments());
        return "demand/queue";
    }

    @GetMapping("/demands/{id}")
    String staffOne(@PathVariable long id, Model model) {
        CurrentUser me = staff();
        DemandView d = demands.get(id, me);
        model.addAttribute("mayHandle", me.departmentCode().map(d.departmentCode()::equals).orElse(false));
        model.addAttribute("mayDispatch", me.is(Role.CLERK));
        model.addAttribute("filer", demands.filer(id, me));
        return detail(d, model, "demand/staff-one");
    }

    @PostMapping("/demands/window")
    String window(@RequestParam(required = false) String callerName, @RequestParam(required = false) String callerPhone,
            @RequestParam(required = false) String uscc, @RequestParam(required = false) String category,
            @RequestParam(required = false) String description, @RequestParam(required = false) String address,
            RedirectAttributes redirect) {
        try {
            DemandView d = demands.fileAtWindow(new NewDemand("WINDOW", blank(uscc), callerName, callerPhone, null,
                    category, description, address, null, null), staff());
            redirect.addFlashAttribute("notice", "已登记并派单。查询码(交给来访者):" + d.token());
            return "redirect:/demands/" + d.id();
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/demands";
        }
    }

    @PostMapping("/demands/{id}/respond")
    String respond(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act("/demands/" + id, redirect, "已响应", () -> demands.respond(id, note, staff()));
    }

    @PostMapping("/demands/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String resolved, RedirectAttributes redirect) {
        return act("/demands/" + id, redirect, "已答复", () -> {
            // the handler says which it is: an unticked box used to reach the enterprise as "未解决" by accident
            if (!"true".equals(resolved) && !"false".equals(resolved)) {
                throw new DemandRefusedException("resolved", "请选择诉求是否已解决");
            }
            demands.reply(id, text, Boolean.parseBoolean(resolved), staff());
        });
    }

    @PostMapping("/demands/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) String department,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act("/demands", redirect, "已转办", () -> demands.transfer(id, department, reason, staff()));
    }

    @PostMapping("/demands/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act("/demands", redirect, "已退回派单", () -> demands.returnToDispatcher(id, reason, staff()));
    }

    @PostMapping("/demands/{id}/redispatch")
    String redispatch(@PathVariable long id, @RequestParam(required = false) String department,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act("/demands", redirect, "已重新派单", () -> demands.redispatch(id, department, note, staff()));
    }

    // ---------------------------------------------------------------- the three rates

    @GetMapping("/demands/rates")
    String rates(@RequestParam(required = false) Integer year, Model model) {
        staff();
        return rates(year, model, "demand/rates");
    }

    /** The public, anonymised: rates only, no demand and no person. */
    @GetMapping("/stats/demands")
    String publicRates(@RequestParam(required = false) Integer year, Model model) {
        return rates(year, model, "demand/public-rates");
    }

    @GetMapping("/demands/rates.csv")
    void csv(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        staff();
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
        staff();
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
        admin();
        model.addAttribute("categories", demands.allCategories());
        model.addAttribute("departments", departments());
        return "demand/categories";
    }

    @PostMapping("/admin/demand-categories/{code}")
    String saveCategory(@PathVariable String code, @RequestParam String department, @RequestParam int respondHours,
            @RequestParam int resolveDays, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        try {
            demands.saveCategory(code, department, respondHours, resolveDays, active, admin());
            redirect.addFlashAttribute("notice", "已保存:" + code);
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/demand-categories";
    }

    // ---------------------------------------------------------------- helpers

    private String rates(Integer year, Model model, String view) {
        int y = year == null ? ChinaTime.today(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("rates", ratesOf(y));
        model.addAttribute("departments", departments());
        model.addAttribute("categoryNames", demands.allCategories().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.code(), c -> c.nameZh())));
        return view;
    }

    private Map<String, List<Rate>> ratesOf(Integer year) {
        int y = year == null ? ChinaTime.today(clock).getYear() : year;
        OffsetDateTime from = LocalDate.of(y, 1, 1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        return demands.rates(from, from.plusYears(1));
    }

    /** An attachment, for whoever may see the demand. */
    @GetMapping("/demands/{id}/attachments/{sha256}")
    void attachment(@PathVariable long id, @PathVariable String sha256, HttpServletResponse response) throws IOException {
        var a = demands.attachments(id, me()).stream().filter(x -> x.sha256().equals(sha256)).findFirst()
                .orElseThrow(DemandNotFoundException::new);
        response.setContentType(a.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        java.nio.file.Files.copy(blobs.path(a.sha256()), response.getOutputStream());
    }

    private String detail(DemandView d, Model model, String view) {
        model.addAttribute("d", d);
        model.addAttribute("attachments", demandsAttachments(d));
        model.addAttribute("timeline", demands.timeline(d.id()));
        model.addAttribute("departments", departments());
        return view;
    }

    /** The attachments the viewer may see: none for someone tracking by code who is not a party to the demand. */
    private List<org.jiqitong.demand.Attachment> demandsAttachments(DemandView d) {
        return CurrentUser.get().map(me -> {
            try {
                return demands.attachments(d.id(), me);
            } catch (DemandNotFoundException e) {
                return List.<org.jiqitong.demand.Attachment>of();
            }
        }).orElse(List.of());
    }

    private DemandView own(long id, CurrentUser me) {
        if (!me.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        return demands.get(id, me);
    }

    private static String act(String back, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", ok);
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private Map<String, String> departments() {
        return identity.departments("en".equals(LocaleContextHolder.getLocale().getLanguage()));
    }

    private static String pct(Double d) {
        return d == null ? "" : String.format("%.1f%%", d * 100);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private static CurrentUser staff() {
        CurrentUser me = me();
        if (me.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        return me;
    }

    private static CurrentUser admin() {
        CurrentUser me = staff();
        if (!me.is(Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return me;
    }
}

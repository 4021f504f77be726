package org.jiqitong.redemption.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.redemption.ApplicationNotFoundException;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.redemption.Payouts;
import org.jiqitong.redemption.Redemption;
import org.jiqitong.redemption.ServiceResult;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.jiqitong.shared.BlobStore;
import org.jiqitong.shared.Money;
import org.jiqitong.supervision.Supervision;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of 申报兑现: the enterprise's applications, the window's queue, the department's review, the public
 * notice, and finance's batches. Each action redirects back with the outcome or the refusal's reason.
 */
@Controller
class RedemptionPages {

    private final Redemption redemption;
    private final Payouts payouts;
    private final Applications applications;
    private final BlobStore blobs;
    private final Identity identity;
    private final Supervision supervision;
    private final org.jiqitong.redemption.NoApplicationBatches noApplication;
    private final org.jiqitong.redemption.Intake intake;
    private final org.jiqitong.redemption.Review review;
    private final org.jiqitong.redemption.Notices notices;
    private final org.jiqitong.redemption.ServiceResults serviceResults;
    private final org.jiqitong.redemption.Materials materials;
    private final org.jiqitong.redemption.BankFile bankFile;

    RedemptionPages(Redemption redemption, Payouts payouts, Applications applications, BlobStore blobs,
            Identity identity, Supervision supervision, org.jiqitong.redemption.NoApplicationBatches noApplication,
            org.jiqitong.redemption.Intake intake, org.jiqitong.redemption.Review review,
            org.jiqitong.redemption.Notices notices, org.jiqitong.redemption.ServiceResults serviceResults,
            org.jiqitong.redemption.Materials materials, org.jiqitong.redemption.BankFile bankFile) {
        this.materials = materials;
        this.bankFile = bankFile;
        this.noApplication = noApplication;
        this.intake = intake;
        this.review = review;
        this.notices = notices;
        this.serviceResults = serviceResults;
        this.redemption = redemption;
        this.payouts = payouts;
        this.applications = applications;
        this.blobs = blobs;
        this.identity = identity;
        this.supervision = supervision;
    }

    // ---------------------------------------------------------------- enterprise

    @GetMapping("/my/applications")
    String mine(Model model) {
        model.addAttribute("applications", redemption.mine(me()));
        return "redemption/mine";
    }

    @PostMapping("/my/applications")
    String start(@RequestParam long itemId, RedirectAttributes redirect) {
        try {
            ApplicationView a = redemption.start(itemId, me());
            return "redirect:/my/applications/" + a.id();
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/policies/" + itemId;
        }
    }

    @GetMapping("/my/applications/{id}")
    String application(@PathVariable long id, Model model) {
        CurrentUser me = me();
        if (!me.is(org.jiqitong.identity.Role.ENTERPRISE)) {
            throw new ApplicationNotFoundException(); // staff read it on their own pages
        }
        ApplicationView a = redemption.get(id, me);
        model.addAttribute("a", a);
        model.addAttribute("timeline", redemption.timeline(id, me));
        model.addAttribute("earlier", a.status() == ApplicationStatus.DRAFT || a.status() == ApplicationStatus.SUPPLEMENT
                ? materials.earlierMaterials(id, me) : java.util.List.of());
        model.addAttribute("departments", departments());
        model.addAttribute("maxMb", blobs.maxBytes() / 1024 / 1024);
        return "redemption/application";
    }

    @PostMapping("/my/applications/{id}/form")
    String saveForm(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, redirect, "已保存", () -> redemption.saveDraft(id, form, me()));
    }

    @PostMapping("/my/applications/{id}/materials")
    String upload(@PathVariable long id, @RequestParam String name, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, "材料已上传:" + name, () -> {
            try (InputStream in = file.getInputStream()) {
                return materials.attach(id, name, file.getOriginalFilename(), in, me());
            } catch (IOException e) {
                throw new RedemptionRefusedException("文件读取失败,请重新上传");
            }
        });
    }

    @PostMapping("/my/applications/{id}/reuse")
    String reuse(@PathVariable long id, @RequestParam String name, @RequestParam String sha256,
            RedirectAttributes redirect) {
        return act(id, redirect, "已使用以前提交的材料:" + name, () -> materials.reuse(id, name, sha256, me()));
    }

    @PostMapping("/my/applications/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean declared,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> {
            ApplicationView a = redemption.submit(id, declared, me());
            redirect.addFlashAttribute("notice", "已提交,受理编号 " + a.receiptNo());
            return a;
        });
    }

    @PostMapping("/my/applications/{id}/supplement")
    String supplement(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "补正材料已提交,审核继续", () -> redemption.supplement(id, note, me()));
    }

    @PostMapping("/my/applications/{id}/bank")
    String bank(@PathVariable long id, @RequestParam(required = false) String accountName,
            @RequestParam(required = false) String bankName, @RequestParam(required = false) String accountNo,
            RedirectAttributes redirect) {
        return act(id, redirect, "收款账户已确认", () -> redemption.confirmBank(id, accountName, bankName, accountNo, me()));
    }

    @PostMapping("/my/applications/{id}/rating")
    String rate(@PathVariable long id, @RequestParam(defaultValue = "0") int score,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "感谢您的评价", () -> {
            redemption.rate(id, score, comment, me());
            return null;
        });
    }

    /** A material of an application, for whoever may see the application. */
    @GetMapping("/applications/{id}/materials/{name}")
    void material(@PathVariable long id, @PathVariable String name, @RequestParam(defaultValue = "false") boolean inline,
            HttpServletResponse response) throws IOException {
        ApplicationView a = redemption.get(id, me());
        ApplicationView.Material m = a.materials().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        BlobStore.Blob blob = blobs.find(m.sha256()).orElseThrow();
        response.setContentType(blob.contentType());
        // inline: for the window's preview (a PDF in the browser's viewer, an image as itself); types are by content
        response.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + java.net.URLEncoder.encode(m.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        Files.copy(blobs.path(m.sha256()), response.getOutputStream());
    }

    // ---------------------------------------------------------------- window

    @GetMapping("/window")
    String window(Model model) {
        model.addAttribute("queue", intake.windowQueue(me()));
        model.addAttribute("departments", departments());
        return "redemption/window";
    }

    @PostMapping("/window/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "TRANSFER") String handling,
            @RequestParam(required = false) String category, RedirectAttributes redirect) {
        return staffAct("/window", redirect, "已受理", () -> intake.accept(id, "DIRECT".equals(handling), category, me()));
    }

    @PostMapping("/window/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/window", redirect, "已不予受理", () -> intake.refuse(id, reason, me()));
    }

    // ---------------------------------------------------------------- department review

    @GetMapping("/review")
    String review(Model model) {
        model.addAttribute("queue", review.reviewQueue(me()));
        return "redemption/review";
    }

    @GetMapping("/review/{id}")
    String reviewOne(@PathVariable long id, Model model) {
        CurrentUser me = me();
        ApplicationView a = redemption.get(id, me);
        model.addAttribute("a", a);
        model.addAttribute("timeline", redemption.timeline(id, me));
        model.addAttribute("urges", supervision.urges(Redemption.SUBJECT, id));
        model.addAttribute("objections", me.is(org.jiqitong.identity.Role.REVIEWER)
                && me.departmentCode().map(d -> d.equals(a.handlerDepartment())).orElse(false)
                ? review.objections(id, me) : java.util.List.of());
        model.addAttribute("departments", departments());
        return "redemption/review-one";
    }

    @PostMapping("/review/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String amountYuan,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/review/" + id, redirect, "已审核通过,进入公示", () -> {
            Long fen = null;
            try {
                if (amountYuan != null && !amountYuan.isBlank()) {
                    fen = Money.fenOf(new BigDecimal(amountYuan.strip().replace(",", "")));
                }
            } catch (RuntimeException e) {
                throw new RedemptionRefusedException("核定金额应为以元为单位、最多两位小数的数字:“" + amountYuan + "”");
            }
            return review.approve(id, fen, reason, me());
        });
    }

    @PostMapping("/review/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/review/" + id, redirect, "已审核不通过", () -> review.reject(id, reason, me()));
    }

    @PostMapping("/review/{id}/supplement")
    String requestSupplement(@PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return staffAct("/review/" + id, redirect, "已要求补正,计时暂停", () -> review.requestSupplement(id, reason, me()));
    }

    @PostMapping("/review/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/review", redirect, "已退回窗口", () -> review.sendBack(id, reason, me()));
    }

    @PostMapping("/review/objections/{objectionId}")
    String resolve(@PathVariable long objectionId, @RequestParam long applicationId,
            @RequestParam(defaultValue = "false") boolean upheld, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return staffAct("/review/" + applicationId, redirect, "异议已处理",
                () -> review.resolveObjection(objectionId, upheld, note, me()));
    }

    // ---------------------------------------------------------------- public notice

    @GetMapping("/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.notices());
        model.addAttribute("batchNotices", noApplication.notices());
        return "redemption/notices";
    }

    @PostMapping("/notices/{id}/objection")
    String object(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            notices.object(id, text);
            redirect.addFlashAttribute("notice", "异议已记录,主管部门将在兑付前处理");
        } catch (RedemptionRefusedException | ApplicationNotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/notices";
    }

    // ---------------------------------------------------------------- finance

    @GetMapping("/payouts")
    String payoutsPage(Model model) {
        CurrentUser me = me();
        model.addAttribute("awaiting", payouts.awaiting(me));
        model.addAttribute("batches", payouts.batches(me));
        return "redemption/payouts";
    }

    @PostMapping("/payouts/batches")
    String batch(RedirectAttributes redirect) {
        Payouts.BatchResult r = payouts.createBatch(me());
        if (r.batchId() == 0) {
            redirect.addFlashAttribute("notice", "没有可编入批次的兑付(可能刚由他人生成了批次);就高不重复或超年度上限办结 "
                    + r.closed() + " 笔;预算不足待兑付 " + r.waiting() + " 笔");
            return "redirect:/payouts";
        }
        redirect.addFlashAttribute("notice", "已生成兑付批次 " + r.batchId() + ":" + r.lines() + " 笔,合计 "
                + Money.yuan(r.totalFen()) + " 元;就高不重复或超年度上限办结 " + r.closed() + " 笔;预算不足待兑付 "
                + r.waiting() + " 笔");
        return "redirect:/payouts/batches/" + r.batchId();
    }

    @GetMapping("/payouts/batches/{id}")
    String batchPage(@PathVariable long id, Model model) {
        model.addAttribute("batchId", id);
        List<org.jiqitong.redemption.PayoutLine> lines = payouts.lines(id, me());
        model.addAttribute("lines", lines);
        model.addAttribute("pendingFen", lines.stream().filter(l -> "PENDING".equals(l.state()))
                .mapToLong(org.jiqitong.redemption.PayoutLine::amountFen).sum());
        return "redemption/batch";
    }

    @GetMapping("/payouts/batches/{id}/bank.csv")
    void bankFile(@PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser me = me();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"payout-batch-" + id + ".csv\"");
        bankFile.bankFile(id, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), me);
    }

    /** The same rows as the CSV, with the account number a text cell (Excel keeps all 19 digits). */
    @GetMapping("/payouts/batches/{id}/bank.xlsx")
    void bankXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
        List<List<String>> rows = bankFile.rows(id, me());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"payout-batch-" + id + ".xlsx\"");
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200)) {
            var sheet = book.createSheet("兑付批次 " + id);
            var text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            var header = sheet.createRow(0);
            for (int i = 0; i < org.jiqitong.redemption.BankFile.BANK_COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(org.jiqitong.redemption.BankFile.BANK_COLUMNS.get(i));
            }
            int r = 1;
            for (List<String> row : rows) {
                var line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    var cell = line.createCell(i);
                    if (i == 4) {
                        cell.setCellValue(new BigDecimal(row.get(i)).doubleValue()); // yuan, two decimals: exact as a double
                    } else {
                        cell.setCellStyle(text);
                        cell.setCellValue(row.get(i));
                    }
                }
            }
            book.write(response.getOutputStream());
            response.getOutputStream().flush();
        }
    }

    @PostMapping("/payouts/lines/{lineId}/paid")
    String paid(@PathVariable long lineId, @RequestParam long batchId, RedirectAttributes redirect) {
        boolean done = payouts.markPaid(lineId, me());
        redirect.addFlashAttribute("notice", done ? "已标记为已兑付" : "该笔此前已兑付,未重复记账");
        return "redirect:/payouts/batches/" + batchId;
    }

    @PostMapping("/payouts/batches/{id}/paid")
    String paidAll(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        if (!confirmed) {
            redirect.addFlashAttribute("error", "请先勾选确认:已核对银行回单,本批次全部款项均已到账");
            return "redirect:/payouts/batches/" + id;
        }
        int n = payouts.payBatch(id, me());
        redirect.addFlashAttribute("notice", "本次标记已兑付 " + n + " 笔");
        return "redirect:/payouts/batches/" + id;
    }

    // ---------------------------------------------------------------- 跟踪问效

    @GetMapping("/results")
    String results(Model model) {
        CurrentUser me = me();
        model.addAttribute("byItem", serviceResults.results(false, me));
        List<ServiceResult> byDepartment = serviceResults.results(true, me);
        Map<String, String> departments = departments();
        model.addAttribute("byDepartment", byDepartment);
        model.addAttribute("departments", departments);
        model.addAttribute("chart", byDepartment.stream().map(r -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("name", departments.getOrDefault(r.name(), r.name()));
            row.put("medianWorkingDays", r.medianWorkingDays());
            row.put("satisfiedShare", r.satisfiedShare());
            row.put("withinLimitShare", r.withinLimitShare());
            return row;
        }).toList());
        return "redemption/results";
    }

    // ---------------------------------------------------------------- helpers

    private String act(long id, RedirectAttributes redirect, String ok, Supplier<ApplicationView> action) {
        try {
            action.get();
            if (ok != null) {
                redirect.addFlashAttribute("notice", ok);
            }
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/applications/" + id;
    }

    private String staffAct(String back, RedirectAttributes redirect, String ok, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", ok);
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private Map<String, String> departments() {
        return identity.departments("en".equals(LocaleContextHolder.getLocale().getLanguage()));
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

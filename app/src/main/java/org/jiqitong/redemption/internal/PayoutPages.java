package org.jiqitong.redemption.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.redemption.BankFile;
import org.jiqitong.redemption.Payouts;
import org.jiqitong.redemption.ServiceResult;
import org.jiqitong.redemption.ServiceResults;
import org.jiqitong.shared.Money;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Finance's pages (兑付: batches, bank files, marking paid) and 跟踪问效. */
@PageController
class PayoutPages {

    private final Payouts payouts;
    private final BankFile bankFile;
    private final ServiceResults serviceResults;
    private final Identity identity;

    PayoutPages(Payouts payouts, BankFile bankFile, ServiceResults serviceResults, Identity identity) {
        this.payouts = payouts;
        this.bankFile = bankFile;
        this.serviceResults = serviceResults;
        this.identity = identity;
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
            for (int i = 0; i < BankFile.BANK_COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(BankFile.BANK_COLUMNS.get(i));
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

    private String staffAct(String back, RedirectAttributes redirect, String ok, Supplier<?> action) {
        return PageSupport.act(back, redirect, ok, action);
    }

    private Map<String, String> departments() {
        return PageSupport.departments(identity);
    }

    private static CurrentUser me() {
        return PageSupport.me();
    }
}

package org.jiqitong.matching.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.matching.ItemReach;
import org.jiqitong.matching.Matching;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.Policies;
import org.jiqitong.registry.EntitySummary;
import org.jiqitong.rules.eval.Verdict;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 政策覆盖 — the department view of an item: how many entities are eligible or undetermined now, how the counts
 * moved, who they are (paged), and the list as CSV or XLSX. Staff of the item's department see their items;
 * ADMIN and SUPERVISOR see all; anyone else gets 404.
 */
@PageController
class ReachPages {

    private static final String[] HEADER = {"统一社会信用代码", "名称", "市场主体类型", "区县", "行业", "登记状态", "企业规模"};

    private final Matching matching;
    private final Policies policies;
    private final org.springframework.beans.factory.ObjectProvider<org.jiqitong.matching.TakeUp> takeUp;

    ReachPages(Matching matching, Policies policies,
            org.springframework.beans.factory.ObjectProvider<org.jiqitong.matching.TakeUp> takeUp) {
        this.matching = matching;
        this.policies = policies;
        this.takeUp = takeUp;
    }

    /** An item in the list: the published version, its reach (null before its first sweep), applied and paid. */
    record Line(CompiledItem item, ItemReach reach, Long applied, Long paid) {
    }

    @GetMapping("/reach")
    String list(Model model) {
        CurrentUser me = staff();
        List<Line> lines = new ArrayList<>();
        // three reads whatever the number of items: the items, every item's counts, every item's applications
        var reach = matching.reachAll();
        var t = takeUp.getIfAvailable();
        var counts = t == null ? null : t.all();
        for (CompiledItem item : policies.publishedCompiled()) {
            if (inScope(me, item)) {
                long id = item.view().itemId();
                var c = counts == null ? null : counts.getOrDefault(id, new org.jiqitong.matching.TakeUp.Counts(0, 0));
                lines.add(new Line(item, reach.get(id), c == null ? null : c.applied(), c == null ? null : c.paid()));
            }
        }
        model.addAttribute("lines", lines);
        return "matching/reach-list";
    }

    @GetMapping("/reach/items/{itemId}")
    String item(@PathVariable long itemId, @RequestParam(defaultValue = "ELIGIBLE") String verdict,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CompiledItem item = scoped(itemId);
        Verdict v = verdict(verdict);
        model.addAttribute("item", item);
        model.addAttribute("reach", matching.reach(itemId).orElse(null));
        var t = takeUp.getIfAvailable();
        model.addAttribute("applied", t == null ? null : t.applied(itemId));
        model.addAttribute("paid", t == null ? null : t.paid(itemId));
        model.addAttribute("history", matching.history(itemId));
        model.addAttribute("verdict", v);
        model.addAttribute("entities", matching.reached(itemId, v, Math.max(0, page), 50));
        return "matching/reach-item";
    }

    @GetMapping("/reach/items/{itemId}/export.csv")
    void csv(@PathVariable long itemId, @RequestParam(defaultValue = "ELIGIBLE") String verdict,
            HttpServletResponse response) throws IOException {
        scoped(itemId);
        Verdict v = verdict(verdict);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"item-" + itemId + "-" + v.name()
                .toLowerCase(Locale.ROOT) + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so that spreadsheet programs read UTF-8
        out.write(String.join(",", HEADER) + "\r\n");
        matching.forEachReached(itemId, v, batch -> {
            try {
                for (EntitySummary e : batch) {
                    String[] cells = cells(e);
                    for (int i = 0; i < cells.length; i++) {
                        out.write((i == 0 ? "" : ",") + org.jiqitong.shared.Csv.cell(cells[i]));
                    }
                    out.write("\r\n");
                }
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        });
        out.flush();
    }

    @GetMapping("/reach/items/{itemId}/export.xlsx")
    void xlsx(@PathVariable long itemId, @RequestParam(defaultValue = "ELIGIBLE") String verdict,
            HttpServletResponse response) throws IOException {
        CompiledItem item = scoped(itemId);
        Verdict v = verdict(verdict);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"item-" + itemId + "-" + v.name()
                .toLowerCase(Locale.ROOT) + ".xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(v == Verdict.ELIGIBLE ? "符合条件" : "待补充数据");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(item.view().content().name());
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int[] r = {2};
            matching.forEachReached(itemId, v, batch -> batch.forEach(e -> {
                Row row = sheet.createRow(r[0]++);
                String[] cells = cells(e);
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }));
            OutputStream out = response.getOutputStream();
            book.write(out);
            out.flush();
        }
    }

    private static String[] cells(EntitySummary e) {
        return new String[] {e.uscc(), e.name(), e.entityType().labelZh(), e.district().labelZh(),
            e.industryCode() + " " + e.industry(), e.status().labelZh(), sizeZh(e.sizeClass().name())};
    }

    private static String sizeZh(String size) {
        return switch (size) {
            case "LARGE" -> "大型";
            case "MEDIUM" -> "中型";
            case "SMALL" -> "小型";
            case "MICRO" -> "微型";
            default -> "未能确定";
        };
    }

    private static Verdict verdict(String text) {
        if ("ELIGIBLE".equals(text)) {
            return Verdict.ELIGIBLE;
        }
        if ("UNDETERMINED".equals(text)) {
            return Verdict.UNDETERMINED;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "verdict 只能是 ELIGIBLE 或 UNDETERMINED");
    }

    private CompiledItem scoped(long itemId) {
        CurrentUser me = staff();
        return policies.publishedItem(itemId).filter(i -> inScope(me, i))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean inScope(CurrentUser me, CompiledItem item) {
        if (me.is(Role.ADMIN) || me.is(Role.SUPERVISOR)) {
            return true;
        }
        return (me.is(Role.POLICY_OFFICER) || me.is(Role.REVIEWER))
                && me.departmentCode().map(d -> d.equals(item.view().departmentCode())).orElse(false);
    }

    private static CurrentUser staff() {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (me.is(Role.ENTERPRISE)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return me;
    }
}

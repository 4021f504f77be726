package org.jiqitong.monitoring.internal;

import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.monitoring.MonitoringNotFoundException;
import org.jiqitong.monitoring.Targets;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's targets: record one, record a source's reading; progress beside each. */
@PageController
class TargetPages {

    private final Targets targets;

    TargetPages(Targets targets) {
        this.targets = targets;
    }

    @GetMapping("/admin/targets")
    String page(Model model) {
        admin();
        model.addAttribute("targets", targets.all());
        return "monitoring/targets";
    }

    @PostMapping("/admin/targets")
    String record(@RequestParam(required = false) String name, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String target, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String start, @RequestParam(required = false) String due,
            @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return act(redirect, "已保存目标", () -> targets.record(name, measure, number("目标值", target), unit, date("起始日期", start),
                date("截止日期", due), source, admin()));
    }

    @PostMapping("/admin/targets/reading")
    String reading(@RequestParam(required = false) Long id, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String value, RedirectAttributes redirect) {
        return act(redirect, "已录入", () -> {
            if (id == null) {
                throw new IllegalArgumentException("目标:请选择");
            }
            targets.reading(id, date("日期", asOf), number("数值", value), admin());
        });
    }

    private static String act(RedirectAttributes redirect, String ok, Runnable r) {
        try {
            r.run();
            redirect.addFlashAttribute("notice", ok);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/targets";
    }

    private static Long number(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ":“" + s + "”不是整数");
        }
    }

    private static java.time.LocalDate date(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + ":应为日期,如 2026-12-31");
        }
    }

    private static CurrentUser admin() {
        CurrentUser me = CurrentUser.get().orElseThrow(MonitoringNotFoundException::new);
        if (!me.is(Role.ADMIN)) {
            throw new MonitoringNotFoundException();
        }
        return me;
    }
}

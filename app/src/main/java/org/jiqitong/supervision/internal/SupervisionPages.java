package org.jiqitong.supervision.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.supervision.ClockView;
import org.jiqitong.supervision.Supervision;
import org.jiqitong.supervision.SupervisionRefusedException;
import org.jiqitong.supervision.WorkingCalendar;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督办: open work by due day (supervisors see all, staff their department's); the calendar for ADMIN. */
@PageController
class SupervisionPages {

    /** A clock with its state today. */
    record Line(ClockView clock, ClockView.State state, List<org.jiqitong.supervision.UrgeView> urges) {
    }

    private final Supervision supervision;

    SupervisionPages(Supervision supervision) {
        this.supervision = supervision;
    }

    @GetMapping("/supervision")
    String open(Model model) {
        CurrentUser me = staff();
        LocalDate today = supervision.today();
        WorkingCalendar calendar = supervision.calendar();
        List<Line> lines = supervision.open(me).stream().map(c -> new Line(c, c.state(today, calendar),
                supervision.urges(c.subject(), c.subjectId()).stream().filter(u -> u.clockId() == c.id()).toList()))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("today", today);
        model.addAttribute("mayUrge", me.is(Role.SUPERVISOR));
        model.addAttribute("missingYears", supervision.missingCalendarYears(today));
        model.addAttribute("admin", me.is(Role.ADMIN));
        return "supervision/open";
    }

    @PostMapping("/supervision/clocks/{id}/urge")
    String urge(@PathVariable long id, @RequestParam(required = false) String message, RedirectAttributes redirect) {
        CurrentUser me = staff();
        try {
            supervision.urge(id, message, me);
            redirect.addFlashAttribute("urged", id);
        } catch (SupervisionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/supervision";
    }

    @GetMapping("/admin/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        admin();
        int y = year == null || year < 1949 || year > 2200 ? supervision.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("days", supervision.calendarDays(y));
        model.addAttribute("missingYears", supervision.missingCalendarYears());
        model.addAttribute("admin", true);
        return "supervision/calendar";
    }

    /** The State Council's notice as CSV (date, kind, name): all rows or none, each bad row named. */
    @PostMapping("/admin/calendar/import")
    String importCalendar(@RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) {
        CurrentUser me = admin();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "请选择要导入的 CSV 文件");
            return "redirect:/admin/calendar";
        }
        try (var in = file.getInputStream()) {
            int n = supervision.importCalendar(in, me);
            redirect.addFlashAttribute("imported", n);
        } catch (org.jiqitong.supervision.CalendarImportRefusedException e) {
            redirect.addFlashAttribute("importErrors", e.errors());
        } catch (SupervisionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (java.io.IOException e) {
            redirect.addFlashAttribute("error", "文件读取失败:" + e.getMessage());
        }
        return "redirect:/admin/calendar";
    }

    @PostMapping("/admin/calendar")
    String setDay(@RequestParam String day, @RequestParam String kind, @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        CurrentUser me = admin();
        LocalDate d;
        try {
            d = LocalDate.parse(day);
            if (d.getYear() < 1949 || d.getYear() > 2200) {
                throw new DateTimeParseException("out of range", day, 0);
            }
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("error", "日期格式应为 2026-10-01:“" + day + "”");
            return "redirect:/admin/calendar";
        }
        try {
            supervision.setCalendarDay(d, "NORMAL".equals(kind) ? null : WorkingCalendar.Kind.valueOf(kind), name, me);
            redirect.addFlashAttribute("saved", d.toString());
        } catch (SupervisionRefusedException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/calendar?year=" + d.getYear();
    }

    private static CurrentUser staff() {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (me.is(Role.ENTERPRISE)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
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

package org.jiqitong.resources.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.District;
import org.jiqitong.resources.Bookings;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.Resources;
import org.jiqitong.resources.ResourcesBadInputException;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public catalogue and a resource's page (a facility's free slots and, for an enterprise, booking). */
@PageController
class ResourcePages {

    private final Resources resources;
    private final Bookings bookings;
    private final java.time.Clock clock;

    ResourcePages(Resources resources, Bookings bookings, java.time.Clock clock) {
        this.resources = resources;
        this.bookings = bookings;
        this.clock = clock;
    }

    @GetMapping("/resources")
    String catalogue(@RequestParam(required = false) String kind, @RequestParam(required = false) String district,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ResourceKind k = kind == null || kind.isBlank() ? null : ResourceKind.parse(kind)
                .orElseThrow(() -> new ResourcesBadInputException("“类型”:没有这种资源类型"));
        model.addAttribute("result", resources.search(k, district, industry, q, page, 20));
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("districts", District.values());
        model.addAttribute("counts", resources.publishedByKind());
        model.addAttribute("kind", k);
        model.addAttribute("district", district);
        model.addAttribute("industry", industry);
        model.addAttribute("q", q);
        return "resources/catalogue";
    }

    @GetMapping("/resources/{id}")
    String resource(@PathVariable long id, @RequestParam(required = false) LocalDate date, Model model) {
        CurrentUser viewer = CurrentUser.get().orElse(null);
        ResourceView r = resources.get(id, viewer);
        model.addAttribute("r", r);
        model.addAttribute("detailKeys", ResourceView.detailKeys(r.kind()));
        model.addAttribute("enterprise", viewer != null && viewer.is(Role.ENTERPRISE));
        if (viewer != null && viewer.is(Role.ENTERPRISE) && viewer.entityUscc().isPresent()) {
            resources.facts(new Uscc(viewer.entityUscc().get()))
                    .ifPresent(f -> model.addAttribute("eligibility", resources.eligibility(r, f)));
        }
        if (r.kind() == ResourceKind.FACILITY && r.status() == org.jiqitong.resources.ResourceStatus.PUBLISHED) {
            LocalDate day = date != null ? date : ChinaTime.today(clock);
            model.addAttribute("day", day);
            model.addAttribute("slots", bookings.slots(id, day));
        }
        return "resources/resource";
    }

    /** An enterprise books [date start, date end) in Beijing time; refused or taken, the page says why. */
    @PostMapping("/my/bookings")
    String book(@RequestParam long resourceId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String start, @RequestParam(required = false) String end,
            @RequestParam(required = false) String purpose, RedirectAttributes redirect) {
        String back = "/resources/" + resourceId + (date == null || date.isBlank() ? "" : "?date=" + date.strip());
        return Forms.act(back, redirect, "已提交预约,等待设施所属部门确认", () -> {
            LocalDate day = Forms.date("日期", date);
            if (day == null || Forms.time("开始时间", start) == null || Forms.time("结束时间", end) == null) {
                throw new ResourcesBadInputException("请选择日期并填写开始和结束时间");
            }
            bookings.book(resourceId, at(day, Forms.time("开始时间", start)), at(day, Forms.time("结束时间", end)),
                    purpose, Forms.me());
        });
    }

    @PostMapping("/my/bookings/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act("/my/needs", redirect, "已取消预约", () -> bookings.cancel(id, Forms.me()));
    }

    private static java.time.OffsetDateTime at(LocalDate day, java.time.LocalTime t) {
        return LocalDateTime.of(day, t).atZone(ChinaTime.ZONE).toOffsetDateTime();
    }
}

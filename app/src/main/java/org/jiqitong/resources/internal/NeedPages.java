package org.jiqitong.resources.internal;

import java.util.List;
import java.util.Map;
import org.jiqitong.registry.District;
import org.jiqitong.resources.Bookings;
import org.jiqitong.resources.NeedKind;
import org.jiqitong.resources.Needs;
import org.jiqitong.resources.NewNeed;
import org.jiqitong.resources.ResourcesBadInputException;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The enterprise's needs (企业点菜) with their matches and answers, and its bookings. */
@PageController
class NeedPages {

    private final Needs needs;
    private final Bookings bookings;

    NeedPages(Needs needs, Bookings bookings) {
        this.needs = needs;
        this.bookings = bookings;
    }

    @GetMapping("/my/needs")
    String mine(Model model) {
        var me = Forms.me();
        model.addAttribute("needs", needs.mine(me));
        model.addAttribute("bookings", bookings.mine(me));
        model.addAttribute("kinds", NeedKind.values());
        model.addAttribute("districts", District.values());
        return "resources/needs";
    }

    @PostMapping("/my/needs")
    String state(@RequestParam Map<String, String> form,
            @RequestParam(name = "districts", required = false) List<String> districts, RedirectAttributes redirect) {
        try {
            var v = needs.state(read(form, districts), Forms.me());
            redirect.addFlashAttribute("notice", "需求已提交,已按匹配结果转至相关部门,请在下方查看匹配的资源");
            return "redirect:/my/needs/" + v.id();
        } catch (org.jiqitong.resources.ResourcesRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("form", form);
            return "redirect:/my/needs";
        }
    }

    /** The need form's fields (shared with the commissioner's draft). */
    static NewNeed read(Map<String, String> form, List<String> districts) {
        String kind = form.get("kind");
        NeedKind k;
        try {
            k = kind == null || kind.isBlank() ? null : NeedKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new ResourcesBadInputException("“需求类型”:没有这种需求类型");
        }
        return new NewNeed(k, Forms.number("用地面积(亩)", form.get("areaMu")),
                Forms.number("空间面积(m²)", form.get("areaM2")), Forms.fen("融资金额(万元)", form.get("amountWan"), 4),
                Forms.fen("租金上限(元/m²/月)", form.get("maxRent"), 0), districts == null ? List.of() : districts,
                Forms.blank(form.get("industry")), Forms.date("需要时间", form.get("neededBy")), form.get("description"));
    }

    @GetMapping("/my/needs/{id}")
    String need(@PathVariable long id, Model model) {
        var me = Forms.me();
        model.addAttribute("need", needs.get(id, me));
        model.addAttribute("matches", needs.matches(id, me).stream().limit(20).toList());
        return "resources/need";
    }

    @PostMapping("/my/needs/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act("/my/needs/" + id, redirect, "已确认,需求已转至相关部门", () -> needs.confirm(id, Forms.me()));
    }

    @PostMapping("/my/needs/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act("/my/needs/" + id, redirect, "需求已关闭", () -> needs.close(id, Forms.me()));
    }
}

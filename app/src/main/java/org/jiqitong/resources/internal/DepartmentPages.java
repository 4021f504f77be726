package org.jiqitong.resources.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.registry.District;
import org.jiqitong.resources.Bookings;
import org.jiqitong.resources.LoanTag;
import org.jiqitong.resources.Needs;
import org.jiqitong.resources.NewResource;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.Resources;
import org.jiqitong.resources.ResourcesBadInputException;
import org.jiqitong.resources.SupplyMode;
import org.jiqitong.resources.Terms;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A department's part: the needs routed to it (部门报到), its facilities' bookings, and its resources. */
@PageController
class DepartmentPages {

    private static final String HOME = "/department/resources";

    private final Resources resources;
    private final Needs needs;
    private final Bookings bookings;

    DepartmentPages(Resources resources, Needs needs, Bookings bookings) {
        this.resources = resources;
        this.needs = needs;
        this.bookings = bookings;
    }

    @GetMapping(HOME)
    String home(Model model) {
        var me = Forms.me();
        model.addAttribute("routed", needs.routed(me));
        model.addAttribute("bookings", bookings.ofDepartment(me));
        model.addAttribute("resources", resources.ofDepartment(me));
        model.addAttribute("kinds", ResourceKind.values());
        model.addAttribute("officer", me.is(org.jiqitong.identity.Role.POLICY_OFFICER));
        return "resources/department";
    }

    @PostMapping("/department/needs/{routeId}/respond")
    String respond(@PathVariable long routeId, @RequestParam(required = false) String response, RedirectAttributes redirect) {
        return Forms.act(HOME, redirect, "已答复企业", () -> needs.respond(routeId, response, Forms.me()));
    }

    @PostMapping("/department/bookings/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act(HOME, redirect, "已同意预约", () -> bookings.approve(id, Forms.me()));
    }

    @PostMapping("/department/bookings/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.act(HOME, redirect, "已不同意预约", () -> bookings.refuse(id, reason, Forms.me()));
    }

    @GetMapping("/department/resources/new")
    String create(@RequestParam(defaultValue = "SPACE") String kind, Model model) {
        if (!Forms.me().is(org.jiqitong.identity.Role.POLICY_OFFICER)) {
            throw new org.jiqitong.resources.ResourceNotFoundException();
        }
        ResourceKind k = ResourceKind.parse(kind).orElseThrow(() -> new ResourcesBadInputException("“类型”:没有这种资源类型"));
        return form(null, k, model);
    }

    @GetMapping("/department/resources/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ResourceView r = resources.ofDepartment(Forms.me()).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(org.jiqitong.resources.ResourceNotFoundException::new);
        return form(r, r.kind(), model);
    }

    private String form(ResourceView r, ResourceKind kind, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("kind", kind);
        model.addAttribute("detailKeys", ResourceView.detailKeys(kind));
        model.addAttribute("districts", District.values());
        model.addAttribute("supplyModes", SupplyMode.values());
        model.addAttribute("loanTags", LoanTag.values());
        return "resources/edit";
    }

    @PostMapping("/department/resources")
    String save(@RequestParam Map<String, String> form, @RequestParam(name = "tags", required = false) List<String> tags,
            RedirectAttributes redirect) {
        String id = form.get("id");
        try {
            NewResource r = read(form, tags);
            ResourceView v = id == null || id.isBlank() ? resources.create(r, Forms.me())
                    : resources.update(Long.parseLong(id), r, Forms.me());
            redirect.addFlashAttribute("notice", "已保存草稿");
            return "redirect:/department/resources/" + v.id() + "/edit";
        } catch (org.jiqitong.resources.ResourcesRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("form", form);
            return "redirect:" + (id == null || id.isBlank() ? "/department/resources/new?kind=" + form.get("kind")
                    : "/department/resources/" + id + "/edit");
        }
    }

    @PostMapping("/department/resources/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act(HOME, redirect, "已提交,等待同部门另一名管理员审核发布", () -> resources.submit(id, Forms.me()));
    }

    @PostMapping("/department/resources/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act(HOME, redirect, "已发布到政府资源库", () -> resources.publish(id, Forms.me()));
    }

    @PostMapping("/department/resources/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.act(HOME, redirect, "已退回起草人", () -> resources.sendBack(id, reason, Forms.me()));
    }

    @PostMapping("/department/resources/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.act(HOME, redirect, "已关闭", () -> resources.close(id, reason, Forms.me()));
    }

    private static NewResource read(Map<String, String> f, List<String> tags) {
        ResourceKind kind = ResourceKind.parse(f.get("kind"))
                .orElseThrow(() -> new ResourcesBadInputException("“类型”:没有这种资源类型"));
        SupplyMode mode;
        List<LoanTag> loanTags = new ArrayList<>();
        try {
            mode = Forms.blank(f.get("supplyMode")) == null ? null : SupplyMode.valueOf(f.get("supplyMode"));
            for (String t : tags == null ? List.<String>of() : tags) {
                loanTags.add(LoanTag.valueOf(t));
            }
        } catch (IllegalArgumentException e) {
            throw new ResourcesBadInputException("“供地方式/产品标签”:没有这个选项");
        }
        List<Long> linked = new ArrayList<>();
        for (String s : Forms.list(f.get("linkedItems"))) {
            try {
                linked.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw new ResourcesBadInputException("“关联政策事项”:应为事项编号,如 12");
            }
        }
        Terms t = new Terms(Forms.number("面积(亩)", f.get("areaMu")), Forms.number("面积(m²)", f.get("areaM2")),
                Forms.fen("租金(元/m²/月)", f.get("rent"), 0), Forms.fen("最低额度(万元)", f.get("amountMinWan"), 4),
                Forms.fen("最高额度(万元)", f.get("amountMaxWan"), 4), Forms.bp("利率(%)", f.get("rate")),
                Forms.bp("担保费率(%)", f.get("feeRate")), mode, loanTags, Forms.date("可用日期", f.get("availableFrom")),
                Forms.time("开放时间", f.get("openFrom")), Forms.time("开放时间", f.get("openTo")),
                Forms.integer("时段长度(分钟)", f.get("slotMinutes")), linked);
        Map<String, String> details = new LinkedHashMap<>();
        for (String key : ResourceView.detailKeys(kind)) {
            String v = Forms.blank(f.get("detail." + key));
            if (v != null) {
                details.put(key, v);
            }
        }
        return new NewResource(kind, f.get("title") == null ? null : f.get("title").strip(), Forms.blank(f.get("district")),
                Forms.list(f.get("industries")), Forms.blank(f.get("summary")), t, details,
                Forms.blank(f.get("condition")), Forms.blank(f.get("fixtures")), "true".equals(f.get("illustrative")));
    }
}

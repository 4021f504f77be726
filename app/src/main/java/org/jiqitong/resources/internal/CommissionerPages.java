package org.jiqitong.resources.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiqitong.registry.District;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.resources.Commissioners;
import org.jiqitong.resources.NeedKind;
import org.jiqitong.resources.ResourcesBadInputException;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 服务专员: the commissioner's enterprises and workbench, the enterprise's authorisation, the admin's assignments. */
@PageController
class CommissionerPages {

    private final Commissioners commissioners;

    CommissionerPages(Commissioners commissioners) {
        this.commissioners = commissioners;
    }

    @GetMapping("/commissioner")
    String mine(Model model) {
        model.addAttribute("assigned", commissioners.mine(Forms.me()));
        return "resources/commissioner";
    }

    @GetMapping("/commissioner/{uscc}")
    String workbench(@PathVariable String uscc, Model model) {
        model.addAttribute("w", commissioners.workbench(uscc, Forms.me()));
        model.addAttribute("kinds", NeedKind.values());
        model.addAttribute("districts", District.values());
        return "resources/workbench";
    }

    @PostMapping("/commissioner/{uscc}/visits")
    String visit(@PathVariable String uscc, @RequestParam Map<String, String> f, RedirectAttributes redirect) {
        return Forms.act("/commissioner/" + uscc, redirect, "已记录走访", () -> {
            List<Commissioners.FollowUpDraft> followUps = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String what = Forms.blank(f.get("followUp" + i));
                if (what != null) {
                    followUps.add(new Commissioners.FollowUpDraft(what, Forms.date("跟进期限", f.get("due" + i))));
                }
            }
            commissioners.recordVisit(uscc, Forms.date("走访日期", f.get("visitedOn")), f.get("topics"), f.get("notes"),
                    followUps, Forms.me());
        });
    }

    @PostMapping("/commissioner/{uscc}/follow-ups/{id}/done")
    String done(@PathVariable String uscc, @PathVariable long id, RedirectAttributes redirect) {
        return Forms.act("/commissioner/" + uscc, redirect, "已完成", () -> commissioners.followUpDone(uscc, id, Forms.me()));
    }

    @PostMapping("/commissioner/{uscc}/applications")
    String draftApplication(@PathVariable String uscc, @RequestParam long itemId, RedirectAttributes redirect) {
        return Forms.act("/commissioner/" + uscc, redirect, "已代为起草申报,等待企业确认提交",
                () -> commissioners.draftApplication(uscc, itemId, Forms.me()));
    }

    @PostMapping("/commissioner/{uscc}/needs")
    String draftNeed(@PathVariable String uscc, @RequestParam Map<String, String> form,
            @RequestParam(name = "districts", required = false) List<String> districts, RedirectAttributes redirect) {
        return Forms.act("/commissioner/" + uscc, redirect, "已代为起草需求,等待企业确认",
                () -> commissioners.draftNeed(uscc, NeedPages.read(form, districts), Forms.me()));
    }

    @GetMapping("/my/commissioner")
    String enterprise(Model model) {
        model.addAttribute("mine", commissioners.mineAsEnterprise(Forms.me()));
        return "resources/my-commissioner";
    }

    @PostMapping("/my/commissioner/authorise")
    String authorise(@RequestParam(required = false) String until, RedirectAttributes redirect) {
        return Forms.act("/my/commissioner", redirect, "已授权服务专员代办",
                () -> commissioners.authorise(Forms.date("授权期限", until), Forms.me()));
    }

    @PostMapping("/my/commissioner/authorisations/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act("/my/commissioner", redirect, "已撤回授权", () -> commissioners.revoke(id, Forms.me()));
    }

    @GetMapping("/admin/commissioners")
    String assignments(Model model) {
        var me = Forms.me();
        model.addAttribute("accounts", commissioners.commissionerAccounts(me));
        model.addAttribute("assignments", commissioners.assignments(me));
        model.addAttribute("types", java.util.Arrays.stream(QualificationType.values()).filter(t -> !t.creditFlag()).toList());
        return "resources/assignments";
    }

    @PostMapping("/admin/commissioners/assign")
    String assign(@RequestParam(required = false) String uscc, @RequestParam(required = false) String commissioner,
            @RequestParam(required = false) String basis, RedirectAttributes redirect) {
        return Forms.act("/admin/commissioners", redirect, "已分配", () -> commissioners.assign(uscc, commissioner, basis,
                Forms.me()));
    }

    @PostMapping("/admin/commissioners/assign-by-rule")
    String byRule(@RequestParam(required = false) String type, @RequestParam(required = false) String commissioner,
            RedirectAttributes redirect) {
        try {
            QualificationType t = QualificationType.parse(type)
                    .orElseThrow(() -> new ResourcesBadInputException("“规则”:请选择资质"));
            int n = commissioners.assignByQualification(t, commissioner, Forms.me());
            redirect.addFlashAttribute("notice", "按规则新分配 " + n + " 家企业");
        } catch (org.jiqitong.resources.ResourcesRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/commissioners";
    }

    @PostMapping("/admin/commissioners/{uscc}/unassign")
    String unassign(@PathVariable String uscc, RedirectAttributes redirect) {
        return Forms.act("/admin/commissioners", redirect, "已取消分配", () -> commissioners.unassign(uscc, Forms.me()));
    }
}

package org.jiqitong.dormancy.internal;

import java.time.LocalDate;
import org.jiqitong.dormancy.Dormancy;
import org.jiqitong.dormancy.DormancyNotFoundException;
import org.jiqitong.dormancy.DormancyRefusedException;
import org.jiqitong.dormancy.NewDormancy;
import org.jiqitong.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 休眠 pages: the enterprise's (apply, extend, recover, history), the AMR's queue and register, the public list. */
@PageController
class DormancyPages {

    private final Dormancy dormancy;

    DormancyPages(Dormancy dormancy) {
        this.dormancy = dormancy;
    }

    @GetMapping("/my/dormancy")
    String mine(Model model) {
        CurrentUser me = me();
        String uscc = me.entityUscc().orElseThrow(DormancyNotFoundException::new);
        model.addAttribute("episodes", dormancy.episodes(uscc, me));
        model.addAttribute("rules", dormancy.rules());
        return "dormancy/mine";
    }

    @PostMapping("/my/dormancy")
    String apply(@RequestParam(required = false) LocalDate start, @RequestParam(required = false) LocalDate end,
            @RequestParam(required = false) String serviceAddress, @RequestParam(required = false) String contact,
            @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean labourSettled,
            @RequestParam(defaultValue = "false") boolean commitment, RedirectAttributes redirect) {
        try {
            dormancy.apply(new NewDormancy(start, end, serviceAddress, contact, reason, labourSettled, commitment), me());
            redirect.addFlashAttribute("notice", "休眠申请已提交,等待市场监管部门备案");
        } catch (DormancyRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            // what was typed stays in the form (nothing is lost on a refusal)
            redirect.addFlashAttribute("form", java.util.Map.of("start", start == null ? "" : start.toString(),
                    "end", end == null ? "" : end.toString(), "serviceAddress", serviceAddress == null ? "" : serviceAddress,
                    "contact", contact == null ? "" : contact, "reason", reason == null ? "" : reason));
        }
        return "redirect:/my/dormancy";
    }

    @PostMapping("/my/dormancy/extend")
    String extend(@RequestParam(required = false) LocalDate end, RedirectAttributes redirect) {
        return act("/my/dormancy", redirect, "已延期", () -> dormancy.extend(end, me()));
    }

    @PostMapping("/my/dormancy/recover")
    String recover(RedirectAttributes redirect) {
        return act("/my/dormancy", redirect, "已恢复正常经营状态", () -> dormancy.recover(me()));
    }

    @GetMapping("/dormancy")
    String amr(Model model) {
        CurrentUser me = me();
        model.addAttribute("queue", dormancy.queue(me));
        model.addAttribute("registered", dormancy.registered(me));
        return "dormancy/amr";
    }

    @PostMapping("/dormancy/{id}/register")
    String register(@PathVariable long id, RedirectAttributes redirect) {
        return act("/dormancy", redirect, "已备案", () -> dormancy.register(id, me()));
    }

    @PostMapping("/dormancy/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act("/dormancy", redirect, "已不予备案", () -> dormancy.refuse(id, reason, me()));
    }

    @PostMapping("/dormancy/{id}/malicious")
    String malicious(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act("/dormancy", redirect, "已按恶意休眠处置", () -> dormancy.endAsMalicious(id, reason, me()));
    }

    @GetMapping("/admin/dormancy-rules")
    String rules(Model model) {
        if (!me().is(org.jiqitong.identity.Role.ADMIN)) {
            throw new DormancyNotFoundException();
        }
        model.addAttribute("rules", dormancy.rules());
        model.addAttribute("types", org.jiqitong.registry.EntityType.values());
        return "dormancy/rules";
    }

    @PostMapping("/admin/dormancy-rules")
    String saveRules(@RequestParam int episodeYears, @RequestParam(required = false) Integer cumulativeDays,
            @RequestParam int windowDays, @RequestParam(defaultValue = "false") boolean excludeListed,
            @RequestParam(name = "types", required = false) java.util.List<String> types,
            @RequestParam(defaultValue = "false") boolean excludeAbnormal,
            @RequestParam(defaultValue = "false") boolean excludeDishonest, RedirectAttributes redirect) {
        java.util.List<String> flags = new java.util.ArrayList<>();
        if (excludeAbnormal) {
            flags.add("ABNORMAL_OPERATION");
        }
        if (excludeDishonest) {
            flags.add("SERIOUS_DISHONESTY");
        }
        return act("/admin/dormancy-rules", redirect, "已保存为新版本", () -> dormancy.saveRules(episodeYears, cumulativeDays,
                windowDays, excludeListed, types == null ? java.util.List.of() : types, flags, me()));
    }

    @GetMapping("/dormancy/public")
    String publicList(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("list", dormancy.publicList(page, 50));
        return "dormancy/public";
    }

    private static String act(String back, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", ok);
        } catch (DormancyRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

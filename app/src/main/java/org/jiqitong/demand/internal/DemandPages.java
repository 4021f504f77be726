package org.jiqitong.demand.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jiqitong.demand.DemandNotFoundException;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.demand.DemandView;
import org.jiqitong.demand.DemandHandling;
import org.jiqitong.demand.Demands;
import org.jiqitong.demand.NewDemand;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 诉求 pages: the enterprise's demands, the 找茬窗口, the department's queue, tracking by token (the rates: {@link DemandRatePages}). */
@PageController
class DemandPages {

    private final Demands demands;
    private final DemandHandling handling;
    private final Identity identity;
    private final org.jiqitong.shared.BlobStore blobs;

    DemandPages(Demands demands, DemandHandling handling, Identity identity, org.jiqitong.shared.BlobStore blobs) {
        this.blobs = blobs;
        this.demands = demands;
        this.handling = handling;
        this.identity = identity;
    }

    // ---------------------------------------------------------------- the enterprise

    @GetMapping("/my/demands")
    String mine(Model model) {
        model.addAttribute("demands", demands.mine(DemandPageSupport.me()));
        model.addAttribute("categories", demands.categories());
        return "demand/mine";
    }

    @PostMapping("/my/demands")
    String file(@RequestParam(required = false) String category, @RequestParam(required = false) String description,
            @RequestParam(required = false) String address,
            @RequestParam(name = "files", required = false) List<org.springframework.web.multipart.MultipartFile> files,
            RedirectAttributes redirect) throws IOException {
        List<Demands.Upload> uploads = new java.util.ArrayList<>();
        for (var f : files == null ? List.<org.springframework.web.multipart.MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                uploads.add(new Demands.Upload(f.getOriginalFilename(), f.getInputStream()));
            }
        }
        try {
            DemandView d = demands.fileAsEnterprise(category, description, address, uploads, DemandPageSupport.me());
            redirect.addFlashAttribute("notice", "诉求已提交,已派至承办部门");
            return "redirect:/my/demands/" + d.id();
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("description", description);
            redirect.addFlashAttribute("category", category);
            redirect.addFlashAttribute("address", address);
            return "redirect:/my/demands";
        }
    }

    @GetMapping("/my/demands/{id}")
    String one(@PathVariable long id, Model model) {
        CurrentUser me = DemandPageSupport.me();
        if (!me.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        return detail(demands.get(id, me), model, "demand/mine-one");
    }

    @PostMapping("/my/demands/{id}/rate")
    String rate(@PathVariable long id, @RequestParam(required = false) String rating, RedirectAttributes redirect) {
        CurrentUser me = DemandPageSupport.me();
        DemandView d = own(id, me);
        return DemandPageSupport.act("/my/demands/" + id, redirect, "感谢您的评价", () -> handling.rate(d.token(), rating, me.getUsername()));
    }

    @PostMapping("/my/demands/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        CurrentUser me = DemandPageSupport.me();
        DemandView d = own(id, me);
        return DemandPageSupport.act("/my/demands/" + id, redirect, "已申请重新办理", () -> handling.reopen(d.token(), reason, me.getUsername()));
    }

    /** A caller follows a demand by its token (given on filing, e.g. by the hotline). */
    @GetMapping("/demands/track")
    String track(@RequestParam(required = false) String token, Model model) {
        if (token == null || token.isBlank()) {
            return "demand/track";
        }
        try {
            return detail(demands.byToken(token.strip()), model, "demand/track");
        } catch (DemandNotFoundException e) {
            model.addAttribute("error", "没有找到这个查询码对应的诉求");
            return "demand/track";
        }
    }

    // ---------------------------------------------------------------- staff

    @GetMapping("/demands")
    String queue(Model model) {
        CurrentUser me = DemandPageSupport.staff();
        model.addAttribute("queue", demands.queue(me));
        model.addAttribute("isWindow", me.is(Role.CLERK));
        model.addAttribute("categories", demands.categories());
        model.addAttribute("departments", departments());
        return "demand/queue";
    }

    @GetMapping("/demands/{id}")
    String staffOne(@PathVariable long id, Model model) {
        CurrentUser me = DemandPageSupport.staff();
        DemandView d = demands.get(id, me);
        model.addAttribute("mayHandle", me.departmentCode().map(d.departmentCode()::equals).orElse(false));
        model.addAttribute("mayDispatch", me.is(Role.CLERK));
        model.addAttribute("filer", demands.filer(id, me));
        return detail(d, model, "demand/staff-one");
    }

    @PostMapping("/demands/window")
    String window(@RequestParam(required = false) String callerName, @RequestParam(required = false) String callerPhone,
            @RequestParam(required = false) String uscc, @RequestParam(required = false) String category,
            @RequestParam(required = false) String description, @RequestParam(required = false) String address,
            RedirectAttributes redirect) {
        try {
            DemandView d = demands.fileAtWindow(new NewDemand("WINDOW", blank(uscc), callerName, callerPhone, null,
                    category, description, address, null, null), DemandPageSupport.staff());
            redirect.addFlashAttribute("notice", "已登记并派单。查询码(交给来访者):" + d.token());
            return "redirect:/demands/" + d.id();
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/demands";
        }
    }

    @PostMapping("/demands/{id}/respond")
    String respond(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return DemandPageSupport.act("/demands/" + id, redirect, "已响应", () -> handling.respond(id, note, DemandPageSupport.staff()));
    }

    @PostMapping("/demands/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String resolved, RedirectAttributes redirect) {
        return DemandPageSupport.act("/demands/" + id, redirect, "已答复", () -> {
            // the handler says which it is: an unticked box used to reach the enterprise as "未解决" by accident
            if (!"true".equals(resolved) && !"false".equals(resolved)) {
                throw new DemandRefusedException("resolved", "请选择诉求是否已解决");
            }
            handling.reply(id, text, Boolean.parseBoolean(resolved), DemandPageSupport.staff());
        });
    }

    @PostMapping("/demands/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) String department,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return DemandPageSupport.act("/demands", redirect, "已转办", () -> handling.transfer(id, department, reason, DemandPageSupport.staff()));
    }

    @PostMapping("/demands/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return DemandPageSupport.act("/demands", redirect, "已退回派单", () -> handling.returnToDispatcher(id, reason, DemandPageSupport.staff()));
    }

    @PostMapping("/demands/{id}/redispatch")
    String redispatch(@PathVariable long id, @RequestParam(required = false) String department,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return DemandPageSupport.act("/demands", redirect, "已重新派单", () -> handling.redispatch(id, department, note, DemandPageSupport.staff()));
    }

    // ---------------------------------------------------------------- helpers

    /** An attachment, for whoever may see the demand. */
    @GetMapping("/demands/{id}/attachments/{sha256}")
    void attachment(@PathVariable long id, @PathVariable String sha256, HttpServletResponse response) throws IOException {
        var a = demands.attachments(id, DemandPageSupport.me()).stream().filter(x -> x.sha256().equals(sha256)).findFirst()
                .orElseThrow(DemandNotFoundException::new);
        blobs.send(response, a.sha256(), a.contentType(), a.fileName(), false);
    }

    private String detail(DemandView d, Model model, String view) {
        model.addAttribute("d", d);
        model.addAttribute("attachments", demandsAttachments(d));
        model.addAttribute("timeline", demands.timeline(d.id()));
        model.addAttribute("departments", departments());
        return view;
    }

    /** The attachments the viewer may see: none for someone tracking by code who is not a party to the demand. */
    private List<org.jiqitong.demand.Attachment> demandsAttachments(DemandView d) {
        return CurrentUser.get().map(me -> {
            try {
                return demands.attachments(d.id(), me);
            } catch (DemandNotFoundException e) {
                return List.<org.jiqitong.demand.Attachment>of();
            }
        }).orElse(List.of());
    }

    private DemandView own(long id, CurrentUser me) {
        if (!me.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        return demands.get(id, me);
    }

    private Map<String, String> departments() {
        return DemandPageSupport.departments(identity);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

package org.jiqitong.redemption.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.policy.CompiledItem;
import org.jiqitong.policy.Policies;
import org.jiqitong.redemption.ApplicationNotFoundException;
import org.jiqitong.redemption.BatchView;
import org.jiqitong.redemption.NoApplicationBatches;
import org.jiqitong.redemption.NoApplicationReview;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 免申即享 pages: the department's items and batches, a batch's list and review, the enterprise's offers. */
@PageController
class NoApplicationPages {

    /** A 免申即享 item of the department, with its batches. */
    record ItemBatches(CompiledItem item, List<BatchView> batches) {
    }

    private final NoApplicationBatches batches;
    private final NoApplicationReview review;
    private final org.jiqitong.redemption.NoApplicationGrants grants;
    private final Batches store;
    private final BatchObjections objections;
    private final Policies policies;
    private final Identity identity;

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private final org.jiqitong.jobs.Jobs jobs;

    NoApplicationPages(NoApplicationBatches batches, NoApplicationReview review, Batches store,
            BatchObjections objections, Policies policies, Identity identity, org.jiqitong.jobs.Jobs jobs,
            org.jiqitong.redemption.NoApplicationGrants grants) {
        this.jobs = jobs;
        this.batches = batches;
        this.review = review;
        this.grants = grants;
        this.store = store;
        this.objections = objections;
        this.policies = policies;
        this.identity = identity;
    }

    @GetMapping("/no-application")
    String items(Model model) {
        CurrentUser me = staff();
        List<ItemBatches> items = new ArrayList<>();
        for (CompiledItem item : policies.publishedCompiled()) {
            boolean mine = me.is(Role.ADMIN) || me.is(Role.SUPERVISOR) || me.is(Role.FINANCE)
                    || me.departmentCode().map(item.view().departmentCode()::equals).orElse(false);
            if (Boolean.TRUE.equals(item.view().content().noApplication()) && item.formula() != null && mine) {
                items.add(new ItemBatches(item, batches.batchesOf(item.view().itemId(), me)));
            }
        }
        model.addAttribute("items", items);
        model.addAttribute("mayStart", me.is(Role.POLICY_OFFICER));
        return "redemption/no-application";
    }

    @PostMapping("/no-application/items/{itemId}/batches")
    String start(@PathVariable long itemId, RedirectAttributes redirect) {
        try {
            var job = batches.requestStart(itemId, staff());
            if (job.joined()) {
                redirect.addFlashAttribute("notice", "已有批次正在生成,以下为其进度");
            }
            return "redirect:/no-application/jobs/" + job.id();
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/no-application";
        }
    }

    /** The snapshot job's progress (polled by htmx); when done, on to the batch, or back with the reason. */
    @GetMapping("/no-application/jobs/{id}")
    String job(@PathVariable long id, @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request",
            required = false) String htmx, Model model, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        CurrentUser me = staff();
        var job = jobs.find(id).filter(j -> NoApplicationBatches.SNAPSHOT_JOB.equals(j.kind()))
                .filter(j -> j.createdBy().equals(me.getUsername()) || me.is(Role.ADMIN))
                .orElseThrow(ApplicationNotFoundException::new);
        if (job.state() == org.jiqitong.jobs.JobState.SUCCEEDED) {
            long batchId = JSON.readTree(job.resultJson()).get("batchId").asLong();
            String target = "/no-application/batches/" + batchId;
            var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
            flash.put("notice", "已生成免申即享批次 " + batchId + ",待主管部门审核名单");
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(target, request, response);
            if (htmx != null) {
                response.setHeader("HX-Redirect", target);
                return "redemption/no-application-job :: progress";
            }
            return "redirect:" + target;
        }
        model.addAttribute("job", job);
        return htmx != null ? "redemption/no-application-job :: progress" : "redemption/no-application-job";
    }

    @GetMapping("/no-application/batches/{id}")
    String batch(@PathVariable long id, @RequestParam(required = false) String state,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser me = staff();
        BatchView b = batches.batch(id, me);
        model.addAttribute("b", b);
        model.addAttribute("lines", batches.lines(id, state, q, Math.max(0, page), 50, me));
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("mayReview", me.is(Role.REVIEWER) && me.departmentCode().map(b.departmentCode()::equals).orElse(false));
        model.addAttribute("objections", objections.objections(id));
        model.addAttribute("verified", batches.verify(id, me));
        return "redemption/no-application-batch";
    }

    @PostMapping("/no-application/batches/{id}/exclude")
    String exclude(@PathVariable long id, @RequestParam String uscc, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean dataError, RedirectAttributes redirect) {
        return act(id, redirect, "已排除 " + uscc, () -> review.exclude(id, uscc, reason, dataError, staff()));
    }

    @PostMapping("/no-application/batches/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "名单已审核通过,进入公示", () -> review.approve(id, staff()));
    }

    @PostMapping("/no-application/objections/{objectionId}")
    String resolve(@PathVariable long objectionId, @RequestParam long batchId,
            @RequestParam(defaultValue = "false") boolean upheld, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(batchId, redirect, "异议已处理", () -> review.resolveObjection(objectionId, upheld, note, staff()));
    }

    @GetMapping("/no-application/items/{itemId}/report")
    String report(@PathVariable long itemId, Model model) {
        model.addAttribute("r", batches.report(itemId, staff()));
        return "redemption/no-application-report";
    }

    @PostMapping("/notices/batches/{id}/objection")
    String object(@PathVariable long id, @RequestParam String uscc, @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        try {
            review.object(id, uscc, text);
            redirect.addFlashAttribute("notice", "异议已记录,主管部门将在兑付前处理");
        } catch (RedemptionRefusedException | ApplicationNotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/notices";
    }

    // ---------------------------------------------------------------- the enterprise

    @GetMapping("/my/no-application")
    String mine(Model model) {
        model.addAttribute("lines", grants.mine(me()));
        return "redemption/no-application-mine";
    }

    @PostMapping("/my/no-application/{batchId}/confirm")
    String confirm(@PathVariable long batchId, @RequestParam(required = false) String accountName,
            @RequestParam(required = false) String bankName, @RequestParam(required = false) String accountNo,
            RedirectAttributes redirect) {
        try {
            grants.confirm(batchId, accountName, bankName, accountNo, me());
            redirect.addFlashAttribute("notice", "收款账户已确认,财政部门将按批次兑付");
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/no-application";
    }

    @PostMapping("/my/no-application/{batchId}/decline")
    String decline(@PathVariable long batchId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        grants.decline(batchId, reason, me());
        redirect.addFlashAttribute("notice", "已放弃本批次");
        return "redirect:/my/no-application";
    }

    Map<String, String> departments() {
        return identity.departments("en".equals(LocaleContextHolder.getLocale().getLanguage()));
    }

    private static String act(long batchId, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", ok);
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/no-application/batches/" + batchId;
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    private static CurrentUser staff() {
        CurrentUser me = me();
        if (me.is(Role.ENTERPRISE)) {
            throw new ApplicationNotFoundException();
        }
        return me;
    }
}

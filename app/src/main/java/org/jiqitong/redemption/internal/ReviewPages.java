package org.jiqitong.redemption.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.redemption.Intake;
import org.jiqitong.redemption.Redemption;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.jiqitong.redemption.Review;
import org.jiqitong.shared.Money;
import org.jiqitong.supervision.Supervision;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The window's intake and the department's review pages (一窗受理, 审核). */
@PageController
class ReviewPages {

    private final Redemption redemption;
    private final Intake intake;
    private final Review review;
    private final Supervision supervision;
    private final Identity identity;

    ReviewPages(Redemption redemption, Intake intake, Review review, Supervision supervision, Identity identity) {
        this.redemption = redemption;
        this.intake = intake;
        this.review = review;
        this.supervision = supervision;
        this.identity = identity;
    }

    // ---------------------------------------------------------------- window

    @GetMapping("/window")
    String window(Model model) {
        model.addAttribute("queue", intake.windowQueue(me()));
        model.addAttribute("departments", departments());
        return "redemption/window";
    }

    @PostMapping("/window/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(defaultValue = "TRANSFER") String handling,
            @RequestParam(required = false) String category, RedirectAttributes redirect) {
        return staffAct("/window", redirect, "已受理", () -> intake.accept(id, "DIRECT".equals(handling), category, me()));
    }

    @PostMapping("/window/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/window", redirect, "已不予受理", () -> intake.refuse(id, reason, me()));
    }

    // ---------------------------------------------------------------- department review

    @GetMapping("/review")
    String review(Model model) {
        model.addAttribute("queue", review.reviewQueue(me()));
        return "redemption/review";
    }

    @GetMapping("/review/{id}")
    String reviewOne(@PathVariable long id, Model model) {
        CurrentUser me = me();
        ApplicationView a = redemption.get(id, me);
        model.addAttribute("a", a);
        model.addAttribute("timeline", redemption.timeline(id, me));
        model.addAttribute("urges", supervision.urges(Redemption.SUBJECT, id));
        model.addAttribute("objections", me.is(org.jiqitong.identity.Role.REVIEWER)
                && me.departmentCode().map(d -> d.equals(a.handlerDepartment())).orElse(false)
                ? review.objections(id, me) : java.util.List.of());
        model.addAttribute("departments", departments());
        return "redemption/review-one";
    }

    @PostMapping("/review/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String amountYuan,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/review/" + id, redirect, "已审核通过,进入公示", () -> {
            Long fen = null;
            try {
                if (amountYuan != null && !amountYuan.isBlank()) {
                    fen = Money.fenOf(new BigDecimal(amountYuan.strip().replace(",", "")));
                }
            } catch (RuntimeException e) {
                throw new RedemptionRefusedException("核定金额应为以元为单位、最多两位小数的数字:“" + amountYuan + "”");
            }
            return review.approve(id, fen, reason, me());
        });
    }

    @PostMapping("/review/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/review/" + id, redirect, "已审核不通过", () -> review.reject(id, reason, me()));
    }

    @PostMapping("/review/{id}/supplement")
    String requestSupplement(@PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return staffAct("/review/" + id, redirect, "已要求补正,计时暂停", () -> review.requestSupplement(id, reason, me()));
    }

    @PostMapping("/review/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return staffAct("/review", redirect, "已退回窗口", () -> review.sendBack(id, reason, me()));
    }

    @PostMapping("/review/objections/{objectionId}")
    String resolve(@PathVariable long objectionId, @RequestParam long applicationId,
            @RequestParam(defaultValue = "false") boolean upheld, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return staffAct("/review/" + applicationId, redirect, "异议已处理",
                () -> review.resolveObjection(objectionId, upheld, note, me()));
    }

    private String staffAct(String back, RedirectAttributes redirect, String ok, Supplier<?> action) {
        return PageSupport.act(back, redirect, ok, action);
    }

    private Map<String, String> departments() {
        return PageSupport.departments(identity);
    }

    private static CurrentUser me() {
        return PageSupport.me();
    }
}

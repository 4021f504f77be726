package org.jiqitong.identity.internal;

import java.time.Clock;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of sign-ins (issue 13.4): who is throttled from where and until when, an "unlock" that lifts
 * every block of an account (audited with the administrator's name), and the latest rows of the sign-in audit.
 */
@PageController
class SignInPages {

    private final SignInThrottle throttle;
    private final Accounts accounts;
    private final Clock clock;

    SignInPages(SignInThrottle throttle, Accounts accounts, Clock clock) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/admin/sign-ins")
    String page(Model model) {
        admin();
        model.addAttribute("blocked", throttle.current(clock.instant(), 200));
        model.addAttribute("now", java.time.OffsetDateTime.now(clock));
        model.addAttribute("audit", accounts.recentSignIns(200));
        return "identity/sign-ins";
    }

    @PostMapping("/admin/sign-ins/unlock")
    String unlock(@RequestParam String username, RedirectAttributes redirect) {
        CurrentUser me = admin();
        String name = username.strip();
        int keys = throttle.unlock(name);
        accounts.audit(name, "UNLOCKED", "ADMIN", SignInEvents.remoteAddress(), me.getUsername());
        redirect.addFlashAttribute("unlocked", name);
        redirect.addFlashAttribute("keys", keys);
        return "redirect:/admin/sign-ins";
    }

    /** Nightly: keys untouched for a day are forgotten (idempotent, so any instance may run it). */
    @Scheduled(cron = "0 17 3 * * *", zone = "Asia/Shanghai")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "identity-forget-sign-in-failures", lockAtLeastFor = "PT5M")
    // on start too: what the missed nights would have done (the job is idempotent; the lock keeps it to one
    // instance; called through the proxy, so the lock holds for this call as well)
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(5)
    void forget() {
        org.jiqitong.shared.ScheduledRuns.count("identity-forget-sign-in-failures");
        throttle.forgetOld(clock.instant());
    }

    private static CurrentUser admin() {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!me.is(Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return me;
    }
}

package org.jiqitong.notification.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.jiqitong.notification.Notifications;
import org.jiqitong.notification.Preferences;
import org.jiqitong.notification.PreferencesRefusedException;
import org.jiqitong.policy.BenefitType;
import org.jiqitong.shared.Uscc;
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

/** 消息: an enterprise's inbox and its notification settings. */
@PageController
class InboxPages {

    private final Notifications notifications;
    private final Identity identity;

    InboxPages(Notifications notifications, Identity identity) {
        this.notifications = notifications;
        this.identity = identity;
    }

    @GetMapping("/my/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
        Uscc me = enterprise();
        model.addAttribute("messages", notifications.inbox(me, Math.max(0, page), 20));
        model.addAttribute("unread", notifications.unread(me));
        return "notification/inbox";
    }

    @PostMapping("/my/inbox/{id}/read")
    String read(@PathVariable long id) {
        if (!notifications.markRead(enterprise(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/my/inbox";
    }

    @GetMapping("/my/inbox/settings")
    String settings(Model model) {
        if (!model.containsAttribute("preferences")) {
            model.addAttribute("preferences", notifications.preferences(enterprise()));
        }
        model.addAttribute("benefitTypes", BenefitType.values());
        model.addAttribute("departments", identity.departments("en".equals(LocaleContextHolder.getLocale().getLanguage())));
        return "notification/settings";
    }

    @PostMapping("/my/inbox/settings")
    String save(@RequestParam(defaultValue = "false") boolean muted,
            @RequestParam(name = "benefitType", required = false) List<String> types,
            @RequestParam(name = "department", required = false) List<String> departments,
            @RequestParam(required = false) String email, @RequestParam(defaultValue = "false") boolean emailOptIn,
            Model model, RedirectAttributes redirect) {
        Uscc me = enterprise();
        Set<String> known = identity.departments(false).keySet();
        Set<BenefitType> benefitTypes = new HashSet<>();
        for (String t : types == null ? List.<String>of() : types) {
            if (Arrays.stream(BenefitType.values()).noneMatch(b -> b.name().equals(t))) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "未知的政策类型:" + t);
            }
            benefitTypes.add(BenefitType.valueOf(t));
        }
        Set<String> chosen = new HashSet<>(departments == null ? List.of() : departments);
        if (!known.containsAll(chosen)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "未知的部门");
        }
        Preferences preferences = new Preferences(muted, benefitTypes, chosen, email, emailOptIn);
        try {
            notifications.savePreferences(me, preferences);
        } catch (PreferencesRefusedException e) {
            model.addAttribute("preferences", preferences);
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.getMessage());
            return settings(model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/my/inbox/settings";
    }

    private static Uscc enterprise() {
        CurrentUser me = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (!me.is(Role.ENTERPRISE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return Uscc.parse(me.entityUscc().orElseThrow());
    }
}

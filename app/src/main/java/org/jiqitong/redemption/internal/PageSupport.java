package org.jiqitong.redemption.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the redemption pages share: who is asking, the departments' names, and an action with its flash message. */
final class PageSupport {

    private PageSupport() {
    }

    /** Runs the action; its refusal becomes the page's error, success its notice (when {@code ok} is given). */
    static String act(String back, RedirectAttributes redirect, String ok, Supplier<?> action) {
        try {
            action.get();
            if (ok != null) {
                redirect.addFlashAttribute("notice", ok);
            }
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    static Map<String, String> departments(Identity identity) {
        return identity.departments("en".equals(LocaleContextHolder.getLocale().getLanguage()));
    }

    static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

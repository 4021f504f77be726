package org.jiqitong.demand.internal;

import java.util.Map;
import org.jiqitong.demand.DemandNotFoundException;
import org.jiqitong.demand.DemandRefusedException;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.identity.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the 诉求 pages share: who is asking (a wrong role answers 404), one action with its flash, the departments' names. */
final class DemandPageSupport {

    private DemandPageSupport() {
    }

    static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }

    static CurrentUser staff() {
        CurrentUser me = me();
        if (me.is(Role.ENTERPRISE)) {
            throw new DemandNotFoundException();
        }
        return me;
    }

    static CurrentUser admin() {
        CurrentUser me = staff();
        if (!me.is(Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return me;
    }
    static String act(String back, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", ok);
        } catch (DemandRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    static Map<String, String> departments(Identity identity) {
        return identity.departments("en".equals(LocaleContextHolder.getLocale().getLanguage()));
    }
}

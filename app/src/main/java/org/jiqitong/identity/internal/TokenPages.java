package org.jiqitong.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
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

/** {@code /account/tokens}: the signed-in person's API tokens — issue (the secret shown once), list, revoke. */
@PageController
class TokenPages {

    private final ApiTokens tokens;

    TokenPages(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        model.addAttribute("tokens", tokens.of(me()));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam(required = false) String name, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            ApiTokens.Issued issued = tokens.issue(me(), name, request.getRemoteAddr());
            redirect.addFlashAttribute("issued", issued.secret());
            redirect.addFlashAttribute("issuedName", issued.token().name());
        } catch (TokenRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        CurrentUser me = me();
        if (!tokens.owns(me, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (tokens.revoke(me, id, request.getRemoteAddr())) {
            redirect.addFlashAttribute("revoked", id);
        }
        return "redirect:/account/tokens";
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}

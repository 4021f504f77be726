package org.jiqitong.vault.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.vault.Vault;
import org.jiqitong.vault.VaultDocument;
import org.jiqitong.vault.VaultRefusedException;
import org.jiqitong.vault.WindowCodes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's 数字保险箱: its documents and their validity, its grants (revoke at once), "谁查看了我的材料",
 * a grant to a department for a named procedure, and a one-time window code for a set of documents.
 */
@PageController
class VaultPages {

    private final Vault vault;
    private final WindowCodes codes;
    private final Identity identity;
    private final DocumentResponses responses;

    VaultPages(Vault vault, WindowCodes codes, Identity identity, DocumentResponses responses) {
        this.vault = vault;
        this.codes = codes;
        this.identity = identity;
        this.responses = responses;
    }

    @GetMapping("/my/vault")
    String mine(Model model) {
        CurrentUser me = DocumentResponses.me();
        model.addAttribute("documents", vault.mine(me));
        model.addAttribute("grants", vault.grantsOf(me));
        model.addAttribute("reads", vault.readsOf(me));
        model.addAttribute("types", vault.types());
        model.addAttribute("departments", identity.departments("en".equals(LocaleContextHolder.getLocale().getLanguage())));
        return "vault/mine";
    }

    @GetMapping("/my/vault/documents/{id}")
    String document(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline, Model model,
            HttpServletResponse response) throws IOException {
        VaultDocument d = vault.own(id, DocumentResponses.me());
        return responses.send(d, inline, model, response);
    }

    @PostMapping("/my/vault/grants/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "授权已撤回,对方不能再查看这些材料", () -> vault.revoke(id, DocumentResponses.me()));
    }

    @PostMapping("/my/vault/grants")
    String grant(@RequestParam(name = "documents", required = false) List<Long> documents,
            @RequestParam(required = false) String department, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) LocalDate until, RedirectAttributes redirect) {
        return act(redirect, "已授权", () -> vault.grantAsEnterprise(documents == null ? List.of() : documents, department,
                procedure, until, DocumentResponses.me()));
    }

    @PostMapping("/my/vault/codes")
    String code(@RequestParam(name = "documents", required = false) List<Long> documents, RedirectAttributes redirect) {
        try {
            WindowCodes.Issued issued = codes.issue(documents == null ? List.of() : documents, DocumentResponses.me());
            redirect.addFlashAttribute("code", issued.code());
            redirect.addFlashAttribute("codeUntil", issued.validUntil());
        } catch (VaultRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/vault";
    }

    private static String act(RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", ok);
        } catch (VaultRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/my/vault";
    }
}

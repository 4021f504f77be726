package org.jiqitong.vault.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.shared.BlobStore;
import org.jiqitong.vault.Licences;
import org.jiqitong.vault.NewLicence;
import org.jiqitong.vault.Vault;
import org.jiqitong.vault.VaultNotFoundException;
import org.jiqitong.vault.VaultRefusedException;
import org.jiqitong.vault.WindowCodes;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff and the vault: a department issues and revokes its e-licences; reads a document under a grant to it (else
 * 404, and every read recorded); the window opens a set with the enterprise's one-time code. And the log's public page.
 */
@PageController
class StaffVaultPages {

    private final Licences licences;
    private final Vault vault;
    private final WindowCodes codes;
    private final BlobStore blobs;
    private final DocumentResponses responses;
    private final Checkpoints checkpoints;
    private final org.jiqitong.vault.LicenceFeed feed;

    StaffVaultPages(Licences licences, Vault vault, WindowCodes codes, BlobStore blobs, DocumentResponses responses,
            Checkpoints checkpoints, org.jiqitong.vault.LicenceFeed feed) {
        this.feed = feed;
        this.licences = licences;
        this.vault = vault;
        this.codes = codes;
        this.blobs = blobs;
        this.responses = responses;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/vault/licences")
    String licences(Model model) {
        CurrentUser me = staff();
        model.addAttribute("types", licences.typesFor(me));
        model.addAttribute("issued", me.departmentCode().isPresent() ? licences.issuedBy(me) : java.util.List.of());
        return "vault/licences";
    }

    @PostMapping("/vault/licences")
    String issue(@RequestParam(required = false) String type, @RequestParam(required = false) String holder,
            @RequestParam(required = false) String number, @RequestParam(required = false) LocalDate issuedOn,
            @RequestParam(required = false) LocalDate validUntil, @RequestParam(required = false) String body,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        CurrentUser me = staff();
        try {
            String sha256 = null;
            String fileName = null;
            if (file != null && !file.isEmpty()) {
                sha256 = blobs.store(file.getInputStream()).sha256();
                fileName = BlobStore.displayName(file.getOriginalFilename(), "证照");
            }
            var d = licences.issue(new NewLicence(type, holder, number, issuedOn, validUntil,
                    NewLicence.body(body, "\\R", "每行一项")), sha256,
                    fileName, me);
            redirect.addFlashAttribute("notice", "已签发:" + d.name() + " " + d.licenceNo());
        } catch (VaultRefusedException | org.jiqitong.shared.UploadRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vault/licences";
    }

    @PostMapping("/vault/licences/import")
    String importCsv(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        CurrentUser me = staff();
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", "请选择 CSV 文件 / choose a CSV file");
            return "redirect:/vault/licences";
        }
        try {
            org.jiqitong.vault.LicenceFeed.Result r = feed.deliver(file.getInputStream(), me);
            redirect.addFlashAttribute("notice", "已签发 " + r.accepted() + " 份,拒绝 " + r.rejected() + " 行");
            redirect.addFlashAttribute("importErrors", r.errors());
        } catch (VaultRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vault/licences";
    }

    @PostMapping("/vault/licences/{id}/revoke")
    String revokeLicence(@PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            licences.revoke(id, reason, staff());
            redirect.addFlashAttribute("notice", "已撤销");
        } catch (VaultRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vault/licences";
    }

    /** A document under a grant to the reader's department (404 without one); the read is recorded. */
    @GetMapping("/vault/documents/{id}")
    String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline, Model model,
            HttpServletResponse response) throws IOException {
        return responses.send(vault.read(id, staff()), inline, model, response);
    }

    @GetMapping("/vault/granted")
    String granted(Model model) {
        model.addAttribute("granted", vault.grantedTo(staff()));
        return "vault/granted";
    }

    @GetMapping("/vault/window")
    String window() {
        clerk();
        return "vault/window";
    }

    @PostMapping("/vault/window")
    String open(@RequestParam(required = false) String code, Model model) {
        try {
            model.addAttribute("opened", codes.open(code, clerk()));
        } catch (VaultRefusedException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "vault/window";
    }

    @GetMapping("/vault/window/{grant}/documents/{id}")
    String windowDocument(@PathVariable long grant, @PathVariable long id, Model model, HttpServletResponse response)
            throws IOException {
        return responses.send(codes.document(grant, id, clerk()), true, model, response);
    }

    @GetMapping("/vault/log")
    String log(Model model) {
        model.addAttribute("c", checkpoints.current());
        return "vault/log";
    }

    private static CurrentUser staff() {
        CurrentUser me = DocumentResponses.me();
        if (me.is(Role.ENTERPRISE)) {
            throw new VaultNotFoundException();
        }
        return me;
    }

    private static CurrentUser clerk() {
        CurrentUser me = staff();
        if (!me.is(Role.CLERK)) {
            throw new VaultNotFoundException();
        }
        return me;
    }
}

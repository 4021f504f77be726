package org.jiqitong.redemption.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Identity;
import org.jiqitong.redemption.ApplicationNotFoundException;
import org.jiqitong.redemption.ApplicationStatus;
import org.jiqitong.redemption.ApplicationView;
import org.jiqitong.redemption.Redemption;
import org.jiqitong.redemption.RedemptionRefusedException;
import org.jiqitong.shared.BlobStore;
import org.springframework.http.HttpStatus;
import org.jiqitong.shared.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of 申报兑现: the enterprise's applications, the window's queue, the department's review, the public
 * notice, and finance's batches. Each action redirects back with the outcome or the refusal's reason.
 */
@PageController
class RedemptionPages {

    private final Redemption redemption;
    private final Applications applications;
    private final BlobStore blobs;
    private final Identity identity;
    private final org.jiqitong.redemption.NoApplicationBatches noApplication;
    private final org.jiqitong.redemption.Notices notices;
    private final org.jiqitong.redemption.Materials materials;

    private final org.jiqitong.vault.Vault vault;

    RedemptionPages(Redemption redemption, Applications applications, BlobStore blobs, Identity identity,
            org.jiqitong.redemption.NoApplicationBatches noApplication, org.jiqitong.redemption.Notices notices,
            org.jiqitong.redemption.Materials materials, org.jiqitong.vault.Vault vault) {
        this.materials = materials;
        this.vault = vault;
        this.noApplication = noApplication;
        this.notices = notices;
        this.redemption = redemption;
        this.applications = applications;
        this.blobs = blobs;
        this.identity = identity;
    }

    // ---------------------------------------------------------------- enterprise

    @GetMapping("/my/applications")
    String mine(Model model) {
        model.addAttribute("applications", redemption.mine(me()));
        return "redemption/mine";
    }

    @PostMapping("/my/applications")
    String start(@RequestParam long itemId, RedirectAttributes redirect) {
        try {
            ApplicationView a = redemption.start(itemId, me());
            return "redirect:/my/applications/" + a.id();
        } catch (RedemptionRefusedException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/policies/" + itemId;
        }
    }

    @GetMapping("/my/applications/{id}")
    String application(@PathVariable long id, Model model) {
        CurrentUser me = me();
        if (!me.is(org.jiqitong.identity.Role.ENTERPRISE)) {
            throw new ApplicationNotFoundException(); // staff read it on their own pages
        }
        ApplicationView a = redemption.get(id, me);
        model.addAttribute("a", a);
        model.addAttribute("timeline", redemption.timeline(id, me));
        boolean open = a.status() == ApplicationStatus.DRAFT || a.status() == ApplicationStatus.SUPPLEMENT;
        model.addAttribute("earlier", open ? materials.earlierMaterials(id, me) : java.util.List.of());
        model.addAttribute("vaultOffers", open ? materials.vaultOffers(id, me) : java.util.Map.of());
        model.addAttribute("departments", departments());
        model.addAttribute("maxMb", blobs.maxBytes() / 1024 / 1024);
        return "redemption/application";
    }

    @PostMapping("/my/applications/{id}/form")
    String saveForm(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, redirect, "已保存", () -> redemption.saveDraft(id, form, me()));
    }

    @PostMapping("/my/applications/{id}/materials")
    String upload(@PathVariable long id, @RequestParam String name, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, "材料已上传:" + name, () -> {
            try (InputStream in = file.getInputStream()) {
                return materials.attach(id, name, file.getOriginalFilename(), in, me());
            } catch (IOException e) {
                throw new RedemptionRefusedException("文件读取失败,请重新上传");
            }
        });
    }

    @PostMapping("/my/applications/{id}/reuse")
    String reuse(@PathVariable long id, @RequestParam String name, @RequestParam String sha256,
            RedirectAttributes redirect) {
        return act(id, redirect, "已使用以前提交的材料:" + name, () -> materials.reuse(id, name, sha256, me()));
    }

    @PostMapping("/my/applications/{id}/from-vault")
    String fromVault(@PathVariable long id, @RequestParam String name, @RequestParam long document,
            RedirectAttributes redirect) {
        return act(id, redirect, "已使用数字保险箱中的材料:" + name, () -> materials.fromVault(id, name, document, me()));
    }

    @PostMapping("/my/applications/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean declared,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> {
            ApplicationView a = redemption.submit(id, declared, me());
            redirect.addFlashAttribute("notice", "已提交,受理编号 " + a.receiptNo());
            return a;
        });
    }

    @PostMapping("/my/applications/{id}/supplement")
    String supplement(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(id, redirect, "补正材料已提交,审核继续", () -> redemption.supplement(id, note, me()));
    }

    @PostMapping("/my/applications/{id}/bank")
    String bank(@PathVariable long id, @RequestParam(required = false) String accountName,
            @RequestParam(required = false) String bankName, @RequestParam(required = false) String accountNo,
            RedirectAttributes redirect) {
        return act(id, redirect, "收款账户已确认", () -> redemption.confirmBank(id, accountName, bankName, accountNo, me()));
    }

    @PostMapping("/my/applications/{id}/rating")
    String rate(@PathVariable long id, @RequestParam(defaultValue = "0") int score,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(id, redirect, "感谢您的评价", () -> {
            redemption.rate(id, score, comment, me());
            return null;
        });
    }

    /** A material of an application, for whoever may see the application. */
    @GetMapping("/applications/{id}/materials/{name}")
    void material(@PathVariable long id, @PathVariable String name, @RequestParam(defaultValue = "false") boolean inline,
            HttpServletResponse response) throws IOException {
        ApplicationView a = redemption.get(id, me());
        ApplicationView.Material m = a.materials().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (m.vaultDocumentId() != null) {
            // a document of the enterprise's vault: staff read it under the application's grant (404 once revoked),
            // and the read is recorded; a licence without a file is shown as its page
            CurrentUser viewer = me();
            boolean own = viewer.is(org.jiqitong.identity.Role.ENTERPRISE);
            if (m.sha256() == null) {
                response.sendRedirect((own ? "/my/vault/documents/" : "/vault/documents/") + m.vaultDocumentId());
                return;
            }
            org.jiqitong.vault.VaultDocument d = own ? vault.own(m.vaultDocumentId(), viewer)
                    : vault.read(m.vaultDocumentId(), viewer);
            m = new ApplicationView.Material(m.name(), d.sha256(), m.fileName(), true, m.contentType(), d.id());
        }
        // inline: for the window's preview
        blobs.send(response, m.sha256(), blobs.find(m.sha256()).orElseThrow().contentType(), m.fileName(), inline);
    }

    // ---------------------------------------------------------------- public notice

    @GetMapping("/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.notices());
        model.addAttribute("batchNotices", noApplication.notices());
        return "redemption/notices";
    }

    @PostMapping("/notices/{id}/objection")
    String object(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        try {
            notices.object(id, text);
            redirect.addFlashAttribute("notice", "异议已记录,主管部门将在兑付前处理");
        } catch (RedemptionRefusedException | ApplicationNotFoundException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/notices";
    }

    // ---------------------------------------------------------------- helpers

    private String act(long id, RedirectAttributes redirect, String ok, Supplier<ApplicationView> action) {
        return PageSupport.act("/my/applications/" + id, redirect, ok, action);
    }

    private Map<String, String> departments() {
        return PageSupport.departments(identity);
    }

    private static CurrentUser me() {
        return PageSupport.me();
    }
}

package org.jiqitong.redemption;

import java.io.InputStream;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.ApplicationMaterials;
import org.jiqitong.shared.BlobStore;
import org.jiqitong.vault.Vault;
import org.jiqitong.vault.VaultDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's materials for an application: each required one uploaded (its type checked by content, stored once
 * by hash) or reused from an earlier application, so that nothing is asked for twice. Only a draft or an application
 * awaiting its supplement takes materials.
 */
@Service
public class Materials {

    private final Applications applications;
    private final ApplicationMaterials materials;
    private final ApplicationSteps steps;
    private final BlobStore blobs;
    private final Vault vault;

    Materials(Applications applications, ApplicationMaterials materials, ApplicationSteps steps, BlobStore blobs,
            Vault vault) {
        this.applications = applications;
        this.materials = materials;
        this.steps = steps;
        this.blobs = blobs;
        this.vault = vault;
    }

    /** Attaches a required material (checked by content, stored by hash). */
    @Transactional
    public ApplicationView attach(long id, String materialName, String fileName, InputStream content, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        applications.aggregate(r).requireMaterialsOpen("当前状态不能上传材料");
        steps.requireMaterial(r, materialName);
        BlobStore.Blob blob;
        try {
            blob = blobs.store(content);
        } catch (org.jiqitong.shared.UploadRefusedException e) {
            throw new RedemptionRefusedException(e.getMessage());
        }
        String name = BlobStore.displayName(fileName, "未命名");
        materials.material(id, materialName, blob.sha256(), name, false);
        vault.keepMaterial(r.uscc(), materialName, blob.sha256(), name); // given once, kept for the next time
        return steps.view(applications.find(id).orElseThrow());
    }

    /**
     * Gives a required material from the enterprise's vault (an e-licence or a material given before) instead of an
     * upload: only a document of its own, valid today, that satisfies the requirement. Its departments read it under
     * the grant the submission records.
     */
    @Transactional
    public ApplicationView fromVault(long id, String materialName, long documentId, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        applications.aggregate(r).requireMaterialsOpen("当前状态不能更换材料");
        steps.requireMaterial(r, materialName);
        VaultDocument d = vault.offers(r.uscc(), List.of(materialName)).get(materialName).stream()
                .filter(x -> x.id() == documentId).findFirst()
                .orElseThrow(() -> new RedemptionRefusedException("数字保险箱中没有可用于“" + materialName + "”的这份有效材料"));
        String shown = d.licenceNo() == null ? d.name() : d.name() + "(" + d.licenceNo() + ")";
        materials.material(id, materialName, d.sha256(), d.fileName() != null ? d.fileName() : shown, true, d.id());
        return steps.view(applications.find(id).orElseThrow());
    }

    /** For each required material, the vault's valid documents that satisfy it (offered before an upload). */
    public java.util.Map<String, List<VaultDocument>> vaultOffers(long id, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        return vault.offers(r.uscc(), steps.version(r).content().materials());
    }

    /** Uses a material the enterprise gave for an earlier application (not asked for twice). */
    @Transactional
    public ApplicationView reuse(long id, String materialName, String sha256, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        applications.aggregate(r).requireMaterialsOpen("当前状态不能更换材料");
        steps.requireMaterial(r, materialName);
        ApplicationView.Material earlier = materials.earlierMaterials(r.uscc(), id).stream()
                .filter(m -> m.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new RedemptionRefusedException("没有找到贵单位以前提交过的这份材料"));
        materials.material(id, materialName, earlier.sha256(), earlier.fileName(), true);
        return steps.view(applications.find(id).orElseThrow());
    }

    /** Materials given for earlier applications, offered again. */
    public List<ApplicationView.Material> earlierMaterials(long id, CurrentUser me) {
        Applications.Row r = steps.own(id, me);
        return materials.earlierMaterials(r.uscc(), id);
    }
}

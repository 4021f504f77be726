package org.jiqitong.redemption;

import java.io.InputStream;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.redemption.internal.ApplicationSteps;
import org.jiqitong.redemption.internal.Applications;
import org.jiqitong.redemption.internal.ApplicationMaterials;
import org.jiqitong.shared.BlobStore;
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

    Materials(Applications applications, ApplicationMaterials materials, ApplicationSteps steps, BlobStore blobs) {
        this.applications = applications;
        this.materials = materials;
        this.steps = steps;
        this.blobs = blobs;
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
        materials.material(id, materialName, blob.sha256(), BlobStore.displayName(fileName, "未命名"), false);
        return steps.view(applications.find(id).orElseThrow());
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

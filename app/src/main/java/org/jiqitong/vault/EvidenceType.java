package org.jiqitong.vault;

import java.util.List;

/** A kind of evidence a department issues (营业执照, 高新技术企业证书 …) and the material names it answers. */
public record EvidenceType(String code, String nameZh, String nameEn, String issuerDepartment, boolean expires,
        List<String> materialNames) {
}

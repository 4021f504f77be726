package org.jiqitong.vault;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.registry.Registry;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.shared.Uscc;
import org.jiqitong.vault.internal.Documents;
import org.jiqitong.vault.internal.LogEntries;
import org.jiqitong.vault.internal.VaultLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-licences (电子证照): a department issues one of its evidence types to an enterprise (UI, API, or the demo's
 * qualifications), revokes it with a reason; expiry is nightly. Only the type's issuing department issues and
 * revokes it (an administrator may for any). Every step is a log entry in the same transaction.
 */
@Service
public class Licences {

    private final Documents documents;
    private final VaultLog log;
    private final Registry registry;
    private final Clock clock;

    Licences(Documents documents, VaultLog log, Registry registry, Clock clock) {
        this.documents = documents;
        this.log = log;
        this.registry = registry;
        this.clock = clock;
    }

    /** Issues an e-licence; {@code sha256}/{@code fileName}: its file (a shared blob), or null with a body. */
    @Transactional
    public VaultDocument issue(NewLicence l, String sha256, String fileName, CurrentUser issuer) {
        EvidenceType type = documents.type(l.typeCode() == null ? "" : l.typeCode().strip())
                .orElseThrow(() -> new VaultRefusedException("type", "没有这种证照类型:" + l.typeCode()));
        requireIssuer(issuer, type);
        Uscc holder = parseHolder(l.holderUscc());
        if (!registry.exists(holder)) {
            throw new VaultRefusedException("holder", "市场主体库中没有这个统一社会信用代码:" + holder.value());
        }
        String number = l.licenceNo() == null ? "" : l.licenceNo().strip();
        if (number.isEmpty() || number.length() > 100) {
            throw new VaultRefusedException("number", "请填写证照编号(1至100字)/ the licence number is required");
        }
        if (l.issuedOn() == null) {
            throw new VaultRefusedException("issuedOn", "请填写发证日期 / the issue date is required");
        }
        if (l.issuedOn().isAfter(ChinaTime.today(clock))) {
            throw new VaultRefusedException("issuedOn", "发证日期不能晚于今天 / the issue date cannot be in the future");
        }
        if (type.expires() && l.validUntil() == null) {
            throw new VaultRefusedException("validUntil", "“" + type.nameZh() + "”有有效期,请填写有效期至");
        }
        if (l.validUntil() != null && l.validUntil().isBefore(l.issuedOn())) {
            throw new VaultRefusedException("validUntil", "有效期至不能早于发证日期 / valid-until is before the issue date");
        }
        if (sha256 == null && (l.body() == null || l.body().isEmpty())) {
            throw new VaultRefusedException("file", "请上传证照文件或填写证照内容 / give the file or its content");
        }
        String department = type.issuerDepartment();
        long id;
        try {
            id = documents.insertLicence(new NewLicence(type.code(), holder.value(), number, l.issuedOn(), l.validUntil(),
                    l.body()), type.nameZh(), department, sha256, fileName, issuer.getUsername());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new VaultRefusedException("number", "编号 " + number + " 的“" + type.nameZh() + "”已经签发过");
        }
        log.append(LogEntries.of("LICENCE_ISSUED", clock.instant(), "document", id, "type", type.code(), "department",
                department, "sha256", sha256, "validUntil", l.validUntil() == null ? null : l.validUntil().toString()));
        return documents.find(id).orElseThrow();
    }

    /** The issuer revokes an e-licence with the reason its holder will read. */
    @Transactional
    public VaultDocument revoke(long id, String reason, CurrentUser issuer) {
        VaultDocument d = documents.find(id).filter(x -> x.kind() == VaultDocument.Kind.LICENCE)
                .orElseThrow(VaultNotFoundException::new);
        EvidenceType type = documents.type(d.typeCode()).orElseThrow();
        if (!mayIssue(issuer, type)) {
            throw new VaultNotFoundException();
        }
        if (reason == null || reason.isBlank()) {
            throw new VaultRefusedException("reason", "请填写撤销理由 / give the reason");
        }
        if (!documents.setStatus(id, VaultDocument.Status.VALID, VaultDocument.Status.REVOKED, reason.strip(),
                issuer.getUsername())) {
            throw new VaultRefusedException(null, "该证照不在有效状态,不能撤销 / only a valid licence can be revoked");
        }
        log.append(LogEntries.of("LICENCE_REVOKED", clock.instant(), "document", id, "department", d.issuerDepartment()));
        return documents.find(id).orElseThrow();
    }

    /** Licences past their end become expired (nightly); returns how many. */
    @Transactional
    public int expire(LocalDate today) {
        int n = 0;
        for (long id : documents.expiring(today, 10_000)) {
            if (documents.setStatus(id, VaultDocument.Status.VALID, VaultDocument.Status.EXPIRED, "有效期已届满", "system")) {
                log.append(LogEntries.of("LICENCE_EXPIRED", clock.instant(), "document", id));
                n++;
            }
        }
        return n;
    }

    /** Whether any document is in any vault (the demo loads only into an empty one). */
    public boolean any() {
        return documents.count() > 0;
    }

    /** The licences a department issued, newest first. */
    public List<VaultDocument> issuedBy(CurrentUser staff) {
        return documents.issuedBy(staff.departmentCode().orElseThrow(VaultNotFoundException::new), 200);
    }

    /** The types this person may issue. */
    public List<EvidenceType> typesFor(CurrentUser staff) {
        return documents.types().stream().filter(t -> mayIssue(staff, t)).toList();
    }

    private static void requireIssuer(CurrentUser issuer, EvidenceType type) {
        if (!mayIssue(issuer, type)) {
            throw new VaultRefusedException("type", "“" + type.nameZh() + "”由" + type.issuerDepartment()
                    + "签发,您所在部门不能签发 / issued by another department");
        }
    }

    static boolean mayIssue(CurrentUser staff, EvidenceType type) {
        if (staff.is(Role.ADMIN)) {
            return true;
        }
        boolean role = staff.is(Role.REVIEWER) || staff.is(Role.POLICY_OFFICER) || staff.is(Role.CLERK);
        return role && staff.departmentCode().map(type.issuerDepartment()::equals).orElse(false);
    }

    private static Uscc parseHolder(String text) {
        try {
            return Uscc.parse(text == null ? "" : text.strip());
        } catch (RuntimeException e) {
            throw new VaultRefusedException("holder", "持证主体的统一社会信用代码不正确:" + e.getMessage());
        }
    }
}

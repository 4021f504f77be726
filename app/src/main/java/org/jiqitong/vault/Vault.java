package org.jiqitong.vault;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.shared.ChinaTime;
import org.jiqitong.vault.internal.Documents;
import org.jiqitong.vault.internal.Grants;
import org.jiqitong.vault.internal.LogEntries;
import org.jiqitong.vault.internal.VaultLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise's vault: its documents, what satisfies a required material, consent (grants) and every read under
 * it. Each issue, revocation, grant, revoke and read is an entry of the log in the same transaction. Staff read a
 * document only under a live grant to their department (else 404), and the read is recorded. E-licences are issued
 * and revoked by {@link Licences}; window codes by {@link WindowCodes}.
 */
@Service
public class Vault {

    private final Documents documents;
    private final Grants grants;
    private final VaultLog log;
    private final Clock clock;
    private final org.jiqitong.identity.Identity identity;

    Vault(Documents documents, Grants grants, VaultLog log, Clock clock, org.jiqitong.identity.Identity identity) {
        this.documents = documents;
        this.grants = grants;
        this.log = log;
        this.clock = clock;
        this.identity = identity;
    }

    public List<EvidenceType> types() {
        return documents.types();
    }

    /** The enterprise's own documents. */
    public List<VaultDocument> mine(CurrentUser me) {
        return documents.ofHolder(holder(me));
    }

    /** One of the enterprise's own documents (another's is not found). */
    public VaultDocument own(long id, CurrentUser me) {
        return documents.find(id).filter(d -> d.uscc().equals(holder(me))).orElseThrow(VaultNotFoundException::new);
    }

    /**
     * For each required material, the holder's documents valid today that satisfy it: an e-licence of a type that
     * answers the name, or a material given before under the same name — offered instead of an upload.
     */
    public Map<String, List<VaultDocument>> offers(String uscc, List<String> requiredMaterials) {
        LocalDate today = ChinaTime.today(clock);
        List<VaultDocument> held = documents.ofHolder(uscc).stream().filter(d -> d.validOn(today)).toList();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        documents.types().forEach(t -> answers.put(t.code(), t.materialNames()));
        Map<String, List<VaultDocument>> out = new LinkedHashMap<>();
        for (String name : requiredMaterials) {
            List<VaultDocument> fit = new ArrayList<>();
            for (VaultDocument d : held) {
                boolean licence = d.kind() == VaultDocument.Kind.LICENCE
                        && answers.getOrDefault(d.typeCode(), List.of()).contains(name);
                boolean material = d.kind() == VaultDocument.Kind.MATERIAL && d.name().equals(name);
                if (licence || material) {
                    fit.add(d);
                }
            }
            out.put(name, fit);
        }
        return out;
    }

    /** A material the enterprise uploaded goes into its vault (once per name and file); returns its document id. */
    @Transactional
    public long keepMaterial(String uscc, String name, String sha256, String fileName) {
        return documents.insertMaterial(uscc, name, sha256, fileName).map(id -> {
            log.append(LogEntries.of("MATERIAL_STORED", clock.instant(), "document", id, "sha256", sha256));
            return id;
        }).orElseGet(() -> documents.materialId(uscc, name, sha256).orElseThrow());
    }

    /**
     * Consent: the holder lets a department read named documents of its own for a purpose until a moment. Applying
     * records one implicitly for the handling departments; the enterprise may give one itself and revoke it at once.
     */
    @Transactional
    public long grant(String uscc, List<Long> documentIds, String department, VaultGrant.Purpose purpose, String ref,
            OffsetDateTime until, String by) {
        if (documentIds.isEmpty()) {
            throw new VaultRefusedException("documents", "请至少选择一份材料 / choose at least one document");
        }
        for (long id : documentIds) {
            documents.find(id).filter(d -> d.uscc().equals(uscc)).orElseThrow(VaultNotFoundException::new);
        }
        if (!until.isAfter(OffsetDateTime.now(clock))) {
            throw new VaultRefusedException("until", "授权截止时间须晚于现在 / the grant must end in the future");
        }
        if (department == null || !identity.departments(false).containsKey(department)) {
            throw new VaultRefusedException("department", "没有这个部门:" + department + " / no such department");
        }
        long id = grants.insert(uscc, department, purpose, ref, until, null, documentIds, by);
        log.append(LogEntries.of("GRANT_GIVEN", clock.instant(), "grant", id, "department", department, "purpose",
                purpose.name(), "documents", documentIds, "until", until.toInstant().toString()));
        return id;
    }

    /** The enterprise gives a grant through its page: to a department, for a named procedure, until a day. */
    @Transactional
    public long grantAsEnterprise(List<Long> documentIds, String department, String procedure, LocalDate until,
            CurrentUser me) {
        if (procedure == null || procedure.isBlank()) {
            throw new VaultRefusedException("purpose", "请写明用途(办理事项) / name the procedure");
        }
        if (until == null) {
            throw new VaultRefusedException("until", "请选择授权截止日期 / choose the last day");
        }
        return grant(holder(me), documentIds, department, VaultGrant.Purpose.PROCEDURE, procedure.strip(),
                until.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(), me.getUsername());
    }

    /** The holder revokes a grant of its own, at once. */
    @Transactional
    public void revoke(long grantId, CurrentUser me) {
        VaultGrant g = grants.find(grantId).filter(x -> x.uscc().equals(holder(me)))
                .orElseThrow(VaultNotFoundException::new);
        if (!grants.revoke(g.id(), OffsetDateTime.now(clock))) {
            throw new VaultRefusedException(null, "该授权已撤回 / the grant is already revoked");
        }
        log.append(LogEntries.of("GRANT_REVOKED", clock.instant(), "grant", g.id()));
    }

    /** The grants of a purpose (say, an application's), for its handling pages. */
    public List<VaultGrant> grantsFor(VaultGrant.Purpose purpose, String ref) {
        return grants.forPurpose(purpose, ref);
    }

    public List<VaultGrant> grantsOf(CurrentUser me) {
        return grants.ofHolder(holder(me));
    }

    /** A live grant to the staff's department with the names of its documents (not their content: that is a read). */
    public record Granted(VaultGrant grant, List<VaultDocument> documents) {
    }

    /** What the staff's department may read now, grant by grant. */
    public List<Granted> grantedTo(CurrentUser staff) {
        if (staff.is(Role.ENTERPRISE) || staff.departmentCode().isEmpty()) {
            throw new VaultNotFoundException();
        }
        return grants.liveTo(staff.departmentCode().get(), OffsetDateTime.now(clock)).stream()
                .map(g -> new Granted(g, g.documentIds().stream().map(id -> documents.find(id).orElseThrow()).toList()))
                .toList();
    }

    /** "谁查看了我的材料": every read of the enterprise's documents. */
    public List<VaultRead> readsOf(CurrentUser me) {
        return grants.readsOf(holder(me));
    }

    /**
     * Staff read a document: only under a live grant to their department that names it (else not found); a revoked
     * or expired document is refused by name. The read is recorded, in the log too, before the document is given.
     */
    @Transactional
    public VaultDocument read(long documentId, CurrentUser staff) {
        if (staff.is(Role.ENTERPRISE) || staff.departmentCode().isEmpty()) {
            throw new VaultNotFoundException();
        }
        String department = staff.departmentCode().get();
        List<VaultGrant> live = grants.liveFor(documentId, department, OffsetDateTime.now(clock));
        if (live.isEmpty()) {
            throw new VaultNotFoundException();
        }
        VaultDocument d = documents.find(documentId).orElseThrow(VaultNotFoundException::new);
        refuseIfNotValid(d);
        recordRead(live.get(0), d, department, staff.getUsername());
        return d;
    }

    /** Records a read under a grant (a grant's or a window code's). */
    void recordRead(VaultGrant g, VaultDocument d, String department, String username) {
        long index = log.append(LogEntries.of("READ", clock.instant(), "grant", g.id(), "document", d.id(),
                "department", department));
        grants.read(g.id(), d.id(), department, username, index);
    }

    static void refuseIfNotValid(VaultDocument d) {
        if (d.status() == VaultDocument.Status.REVOKED) {
            throw new VaultRefusedException(null, "该证照已被发证部门撤销:" + d.statusReason());
        }
        if (d.status() != VaultDocument.Status.VALID) {
            throw new VaultRefusedException(null, "该证照已过期或暂停使用 / the licence is expired or suspended");
        }
    }

    static String holder(CurrentUser me) {
        if (!me.is(Role.ENTERPRISE) || me.entityUscc().isEmpty()) {
            throw new VaultNotFoundException();
        }
        return me.entityUscc().get();
    }
}

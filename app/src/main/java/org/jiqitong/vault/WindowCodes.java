package org.jiqitong.vault;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiqitong.identity.CurrentUser;
import org.jiqitong.identity.Role;
import org.jiqitong.vault.internal.Documents;
import org.jiqitong.vault.internal.Grants;
import org.jiqitong.vault.internal.LogEntries;
import org.jiqitong.vault.internal.VaultLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A window visit: the enterprise issues a one-time 8-digit code for a set of its documents, valid 30 minutes; a clerk
 * enters it once and sees the set (each document read is recorded); a second use, a wrong or an expired code is
 * refused. Only the code's SHA-256 is stored.
 */
@Service
public class WindowCodes {

    /** How long a code may be used, and how long the clerk may look at the set after using it. */
    public static final Duration VALID = Duration.ofMinutes(30);

    private final SecureRandom random = new SecureRandom();
    private final Documents documents;
    private final Grants grants;
    private final VaultLog log;
    private final Vault vault;
    private final Clock clock;

    WindowCodes(Documents documents, Grants grants, VaultLog log, Vault vault, Clock clock) {
        this.documents = documents;
        this.grants = grants;
        this.log = log;
        this.vault = vault;
        this.clock = clock;
    }

    /** A code issued. */
    public record Issued(long grantId, String code, OffsetDateTime validUntil) {
    }

    /** A set opened with a code. */
    public record Opened(long grantId, String uscc, List<VaultDocument> documents) {
    }

    @Transactional
    public Issued issue(List<Long> documentIds, CurrentUser me) {
        String holder = Vault.holder(me);
        if (documentIds == null || documentIds.isEmpty()) {
            throw new VaultRefusedException("documents", "请至少选择一份材料 / choose at least one document");
        }
        for (long id : documentIds) {
            VaultDocument d = documents.find(id).filter(x -> x.uscc().equals(holder))
                    .orElseThrow(VaultNotFoundException::new);
            Vault.refuseIfNotValid(d);
        }
        String code = String.format("%08d", random.nextInt(100_000_000));
        OffsetDateTime until = OffsetDateTime.now(clock).plus(VALID);
        long id = grants.insert(holder, null, VaultGrant.Purpose.WINDOW_CODE, "窗口办理 / window", until, sha256(code),
                documentIds, me.getUsername());
        log.append(LogEntries.of("CODE_ISSUED", clock.instant(), "grant", id, "documents", documentIds, "until",
                until.toInstant().toString()));
        return new Issued(id, code, until);
    }

    /** The clerk enters a code: once, within its 30 minutes; each document of the set is read and recorded. */
    @Transactional
    public Opened open(String code, CurrentUser clerk) {
        if (!clerk.is(Role.CLERK) || clerk.departmentCode().isEmpty()) {
            throw new VaultNotFoundException();
        }
        String c = code == null ? "" : code.replaceAll("\\s", "");
        if (!c.matches("\\d{8}")) {
            throw new VaultRefusedException("code", "查询码应为8位数字 / the code has 8 digits");
        }
        String department = clerk.departmentCode().get();
        VaultGrant g = grants.takeCode(sha256(c), department, OffsetDateTime.now(clock))
                .orElseThrow(() -> new VaultRefusedException("code",
                        "查询码不正确、已使用或已过期 / the code is wrong, used or expired"));
        log.append(LogEntries.of("CODE_USED", clock.instant(), "grant", g.id(), "department", department));
        List<VaultDocument> set = g.documentIds().stream().map(id -> documents.find(id).orElseThrow()).toList();
        for (VaultDocument d : set) {
            vault.recordRead(g, d, department, clerk.getUsername());
        }
        return new Opened(g.id(), g.uscc(), set);
    }

    /** One document of a set the clerk opened, within 30 minutes of opening it; the read is recorded. */
    @Transactional
    public VaultDocument document(long grantId, long documentId, CurrentUser clerk) {
        VaultGrant g = grants.find(grantId).filter(x -> x.purpose() == VaultGrant.Purpose.WINDOW_CODE)
                .filter(x -> x.codeUsedAt() != null && x.revokedAt() == null
                        && x.codeUsedAt().plus(VALID).isAfter(OffsetDateTime.now(clock)))
                .filter(x -> clerk.is(Role.CLERK) && clerk.departmentCode().map(x.departmentCode()::equals).orElse(false))
                .filter(x -> x.documentIds().contains(documentId))
                .orElseThrow(VaultNotFoundException::new);
        VaultDocument d = documents.find(documentId).orElseThrow(VaultNotFoundException::new);
        Vault.refuseIfNotValid(d);
        vault.recordRead(g, d, clerk.departmentCode().get(), clerk.getUsername());
        return d;
    }

    static byte[] sha256(String code) {
        return org.jiqitong.vault.internal.LogHash.SHA256.digest(code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}

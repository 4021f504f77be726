package org.jiqitong.vault;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A document in an enterprise's vault: a material it uploaded ({@code MATERIAL}) or an e-licence a department issued
 * to it ({@code LICENCE}, with type, number, issuer and validity). The file is a shared blob (by SHA-256, never
 * copied); a licence may carry a structured body instead.
 */
public record VaultDocument(long id, String uscc, Kind kind, String typeCode, String name, String licenceNo,
        String issuerDepartment, LocalDate issuedOn, LocalDate validUntil, Status status, String statusReason,
        String sha256, String fileName, Map<String, String> body, OffsetDateTime createdAt) {

    public enum Kind implements org.jiqitong.shared.Labelled { MATERIAL, LICENCE }

    public enum Status implements org.jiqitong.shared.Labelled { VALID, EXPIRED, REVOKED, SUSPENDED }

    /** Valid on the day: not revoked or suspended, not past its end. */
    public boolean validOn(LocalDate day) {
        return status == Status.VALID && (validUntil == null || !validUntil.isBefore(day));
    }
}

package org.jiqitong.vault;

import java.time.OffsetDateTime;

/** One read of a document by staff, as its enterprise sees it: the department (never the person), when, what, why. */
public record VaultRead(OffsetDateTime at, String departmentCode, long documentId, String documentName,
        VaultGrant.Purpose purpose, String purposeRef, long logIndex) {
}

package org.jiqitong.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of an item as it is stored, with its place in the lifecycle. */
public record ItemVersionView(long versionId, long itemId, int version, ItemStatus status, String departmentCode,
        long documentId, String docNumber, ItemContent content, LocalDate effectiveFrom, LocalDate effectiveTo,
        String author, String reviewer, String reviewNote, OffsetDateTime publishedAt) {
}

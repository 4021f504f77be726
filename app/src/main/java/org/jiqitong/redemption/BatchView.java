package org.jiqitong.redemption;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A 免申即享 batch: what it snapshotted (item version, day, hash), where it stands, and its lines by state. */
public record BatchView(long id, long itemId, long versionId, String itemName, String departmentCode, LocalDate asOf,
        String hash, String status, String startedBy, OffsetDateTime startedAt, String approvedBy,
        LocalDate noticeEndsOn, LocalDate remindOn, LocalDate confirmBy, int listed, int excluded, int notified,
        int confirmed, int declined, int lapsed, int paid) {
}

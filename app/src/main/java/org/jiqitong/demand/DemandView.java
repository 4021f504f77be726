package org.jiqitong.demand;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A demand as its parties see it. */
public record DemandView(long id, String token, String channel, String uscc, String category, String categoryName,
        String description, String address, Double lat, Double lon, String firstReceiver, String departmentCode,
        DemandStatus status, Boolean resolved, String reply, String rating, int reopened, OffsetDateTime respondDue,
        LocalDate resolveDue, OffsetDateTime createdAt, OffsetDateTime respondedAt, OffsetDateTime repliedAt,
        OffsetDateTime updatedAt) {
}

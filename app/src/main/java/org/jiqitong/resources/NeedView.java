package org.jiqitong.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A need with where it was routed and what each department answered. */
public record NeedView(long id, String uscc, String entityName, NeedKind kind, BigDecimal areaMu, BigDecimal areaM2,
        Long amountFen, Long maxRentFen, List<String> districts, String industry, LocalDate neededBy,
        String description, NeedStatus status, boolean draftedByCommissioner, OffsetDateTime createdAt,
        List<Route> routes) {

    /** One department's part: routed, its clock's due day, its answer. */
    public record Route(long id, String departmentCode, boolean responded, String response, LocalDate dueOn,
            OffsetDateTime routedAt, OffsetDateTime respondedAt) {
    }
}

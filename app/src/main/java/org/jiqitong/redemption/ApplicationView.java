package org.jiqitong.redemption;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An application as its parties see it. */
public record ApplicationView(long id, String receiptNo, String uscc, String entityName, long itemId, long versionId,
        String itemName, String itemDepartment, String handlerDepartment, String handling, String category,
        ApplicationStatus status, Map<String, String> form, boolean declared, Long suggestedFen, Long approvedFen,
        String amountReason, LocalDate noticeEndsOn, boolean bankConfirmed, List<Material> materials,
        List<String> requiredMaterials, OffsetDateTime createdAt, OffsetDateTime submittedAt, Long capFen,
        boolean byFormula) {

    /** A material given for this application; its type is by content (PDF, PNG or JPEG). */
    public record Material(String name, String sha256, String fileName, boolean reused, String contentType,
            Long vaultDocumentId) {

        public boolean image() {
            return contentType != null && contentType.startsWith("image/");
        }
    }

    /** Whether the item pays money at all (a declared non-monetary item has no cap and is approved without one). */
    public boolean monetary() {
        return capFen != null;
    }

    public List<String> missingMaterials() {
        return requiredMaterials.stream().filter(n -> materials.stream().noneMatch(m -> m.name().equals(n))).toList();
    }
}

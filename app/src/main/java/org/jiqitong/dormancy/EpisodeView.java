package org.jiqitong.dormancy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One episode as stored and shown. */
public record EpisodeView(long id, String uscc, String entityName, String receiptNo, DormancyStatus status,
        LocalDate start, LocalDate end, LocalDate endedOn, String serviceAddress, String contact, String reason,
        String decisionNote, OffsetDateTime createdAt) {
}

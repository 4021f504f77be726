package org.jiqitong.policy;

import java.time.LocalDate;

/** A policy document (文件) as issued: its number (文号), title, issuer, dates and text or link. */
public record NewDocument(String docNumber, String title, String issuingDepartment, LocalDate issuedOn,
        LocalDate validFrom, LocalDate validTo, String sourceUrl, String originalText) {
}

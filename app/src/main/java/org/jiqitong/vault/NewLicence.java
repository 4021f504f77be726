package org.jiqitong.vault;

import java.time.LocalDate;
import java.util.Map;

/** An e-licence to issue: its type, holder, number, dates, and a structured body (a file may be added beside it). */
public record NewLicence(String typeCode, String holderUscc, String licenceNo, LocalDate issuedOn, LocalDate validUntil,
        Map<String, String> body) {
}

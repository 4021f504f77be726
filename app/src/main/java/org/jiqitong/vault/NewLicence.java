package org.jiqitong.vault;

import java.time.LocalDate;
import java.util.Map;

/** An e-licence to issue: its type, holder, number, dates, and a structured body (a file may be added beside it). */
public record NewLicence(String typeCode, String holderUscc, String licenceNo, LocalDate issuedOn, LocalDate validUntil,
        Map<String, String> body) {

    /**
     * A licence's content as the page and the CSV feed give it: "名称:值" pairs (a full-width colon too, the first colon
     * splitting, so a value may hold one), separated by {@code separator} ("\\R" a line each, ";" in a CSV cell);
     * a pair without a name or a value is refused by name.
     */
    public static Map<String, String> body(String text, String separator, String shown) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        for (String pair : text.split(separator)) {
            if (pair.isBlank()) {
                continue;
            }
            int ascii = pair.indexOf(':');
            int wide = pair.indexOf('\uFF1A');
            int colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
            if (colon <= 0 || pair.substring(colon + 1).isBlank()) {
                throw new VaultRefusedException("body", "证照内容应为“名称:值”," + shown + ":" + pair.strip());
            }
            out.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }
        return out;
    }
}

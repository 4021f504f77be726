package org.jiqitong.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A need as an enterprise states it (企业点菜): the kind and its quantity (land in 亩, space in m² with an optional rent
 * ceiling in fen per m² and month, financing in fen), preferred districts (GB/T 2260 codes), the industry it is for
 * (GB/T 4754; the registry's when empty), when it is needed by, and free text.
 */
public record NewNeed(NeedKind kind, BigDecimal areaMu, BigDecimal areaM2, Long amountFen, Long maxRentFen,
        List<String> districts, String industry, LocalDate neededBy, String description) {

    public NewNeed {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }
}

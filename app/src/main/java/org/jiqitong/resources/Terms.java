package org.jiqitong.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a resource offers, in the figures matching compares: area in 亩 (land) or m² (space), rent in fen per m² and
 * month, an amount range in fen (a loan's, a fund's ticket; a fund's size is its maximum), interest and guarantee fee
 * rates in basis points (1 % = 100), land's supply mode, a finance product's tags, the day it is available, and a
 * facility's opening hours and slot length. Unused figures are null.
 */
public record Terms(BigDecimal areaMu, BigDecimal areaM2, Long rentFen, Long amountMinFen, Long amountMaxFen,
        Integer rateBp, Integer feeRateBp, SupplyMode supplyMode, List<LoanTag> tags, LocalDate availableFrom,
        LocalTime openFrom, LocalTime openTo, Integer slotMinutes, List<Long> linkedItems) {

    public Terms {
        tags = tags == null ? List.of() : List.copyOf(tags);
        linkedItems = linkedItems == null ? List.of() : List.copyOf(linkedItems);
    }

    public static Terms none() {
        return new Terms(null, null, null, null, null, null, null, null, List.of(), null, null, null, null, List.of());
    }

    /** 实施意见 19: a guarantee's fee rate should be below 1 %. */
    public static final int GUARANTEE_FEE_CEILING_BP = 100;

    public boolean feeAboveCeiling() {
        return feeRateBp != null && feeRateBp > GUARANTEE_FEE_CEILING_BP;
    }
}

package org.jiqitong.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jiqitong.registry.District;
import org.jiqitong.registry.Industries;
import org.jiqitong.resources.NewNeed;
import org.jiqitong.resources.ResourcesRefusedException;

/** What a need must say: the quantity its kind is measured in, sensible figures, known districts and industry. */
public final class NeedChecks {

    private NeedChecks() {
    }

    public static void check(NewNeed n, LocalDate today) {
        if (n.kind() == null) {
            throw ResourceChecks.refused("需求类型", "请选择需求类型");
        }
        switch (n.kind()) {
            case LAND -> quantity("用地面积(亩)", n.areaMu(), new BigDecimal("100000"));
            case SPACE -> quantity("空间面积(m²)", n.areaM2(), new BigDecimal("10000000"));
            case FINANCING -> {
                if (n.amountFen() == null) {
                    throw ResourceChecks.refused("融资金额", "融资需求须填写金额");
                }
                if (n.amountFen() <= 0 || n.amountFen() > 1_000_000_000_000L) {
                    throw ResourceChecks.refused("融资金额", "应大于0、不超过100亿元");
                }
            }
            default -> {
            }
        }
        if (n.maxRentFen() != null && (n.maxRentFen() < 0 || n.maxRentFen() > 100_000_00L)) {
            throw ResourceChecks.refused("租金上限", "应为0至10万元/m²/月");
        }
        if (n.districts().size() > District.values().length) {
            throw ResourceChecks.refused("意向区县", "区县重复");
        }
        for (String d : n.districts()) {
            if (District.ofCode(d).isEmpty()) {
                throw ResourceChecks.refused("意向区县", "\u201c" + d + "\u201d不是济南市的区县代码(GB/T 2260)");
            }
        }
        if (n.industry() != null && !n.industry().isBlank()) {
            Industries.problem(n.industry()).ifPresent(p -> {
                throw ResourceChecks.refused("行业", p);
            });
        }
        if (n.neededBy() != null && (n.neededBy().isBefore(today) || n.neededBy().isAfter(today.plusYears(10)))) {
            throw ResourceChecks.refused("需要时间", "应在今天(" + today + ")至十年之内");
        }
        if (n.description() == null || n.description().isBlank()) {
            throw ResourceChecks.refused("需求说明", "请简要说明需求");
        }
        if (n.description().length() > 2000) {
            throw ResourceChecks.refused("需求说明", "不能超过2000字");
        }
    }

    private static void quantity(String field, BigDecimal v, BigDecimal max) {
        if (v == null) {
            throw ResourceChecks.refused(field, "请填写数量");
        }
        if (v.signum() <= 0 || v.compareTo(max) > 0 || v.scale() > 2) {
            throw new org.jiqitong.resources.ResourcesBadInputException("“" + field + "”:应大于0、不超过" + max.toPlainString() + ",最多两位小数(填写的是 "
                    + v.toPlainString() + ")");
        }
    }
}

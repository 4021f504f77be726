package org.jiqitong.resources.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jiqitong.registry.District;
import org.jiqitong.resources.Fit;
import org.jiqitong.resources.NeedKind;
import org.jiqitong.resources.NeedView;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourceMatch;
import org.jiqitong.resources.ResourceView;
import org.jiqitong.resources.Terms;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Money;

/**
 * How well a resource fits a need, one constraint at a time, each with the figures that decided it: area within ±20 %,
 * district among the preferred, rent within the ceiling, available by the day needed, the industry among the
 * resource's, the amount within a loan's or a fund's range, and a guarantee's fee rate at most 1 % (实施意见 19). Only the
 * constraints both sides state are compared. No Spring, no SQL: {@code FittingTest}.
 */
public final class Fitting {

    /** How far an offered area may be from the one asked for. */
    static final BigDecimal AREA_TOLERANCE = new BigDecimal("0.20");

    private Fitting() {
    }

    public static List<Fit> fit(NeedView need, ResourceView r, String industry) {
        List<Fit> fit = new ArrayList<>();
        Terms t = r.terms();
        if (need.kind() == NeedKind.SPACE && need.areaM2() != null && t.areaM2() != null) {
            fit.add(area("面积(±20%)", need.areaM2(), t.areaM2(), "m²"));
        }
        if (need.kind() == NeedKind.LAND && need.areaMu() != null && t.areaMu() != null) {
            fit.add(area("面积(±20%)", need.areaMu(), t.areaMu(), "亩"));
        }
        if (!need.districts().isEmpty()) {
            boolean met = r.district() == null || need.districts().contains(r.district());
            fit.add(new Fit("区县", met, (r.district() == null ? "全市范围" : "位于" + district(r.district()))
                    + "(意向:" + String.join("、", need.districts().stream().map(Fitting::district).toList()) + ")"));
        }
        if (need.maxRentFen() != null && t.rentFen() != null) {
            fit.add(new Fit("租金上限", t.rentFen() <= need.maxRentFen(), "租金 " + Money.yuan(t.rentFen())
                    + " 元/m²/月(上限 " + Money.yuan(need.maxRentFen()) + ")"));
        }
        if (need.neededBy() != null && t.availableFrom() != null) {
            fit.add(new Fit("可用日期", !t.availableFrom().isAfter(need.neededBy()), t.availableFrom() + " 起可用(需要:"
                    + need.neededBy() + " 前)"));
        }
        if (!r.industries().isEmpty()) {
            boolean met = industry != null && r.industries().stream().anyMatch(industry::startsWith);
            fit.add(new Fit("适用行业", met, "面向 " + String.join("、", r.industries()) + "(企业行业:"
                    + (industry == null || industry.isBlank() ? "未知" : industry) + ")"));
        }
        if (need.kind() == NeedKind.FINANCING && need.amountFen() != null) {
            amount(need.amountFen(), r).ifPresent(fit::add);
        }
        if (r.kind() == ResourceKind.FINANCE_PRODUCT && t.feeRateBp() != null) {
            fit.add(new Fit("担保费率(≤1%)", !t.feeAboveCeiling(), "担保费率 " + percent(t.feeRateBp())
                    + (t.feeAboveCeiling() ? ",高于实施意见 19 要求的1%以下" : ",符合实施意见 19 要求的1%以下")));
        }
        return fit;
    }

    private static java.util.Optional<Fit> amount(long asked, ResourceView r) {
        Terms t = r.terms();
        if (t.amountMinFen() == null && t.amountMaxFen() == null) {
            return java.util.Optional.empty();
        }
        boolean met = (t.amountMinFen() == null || asked >= t.amountMinFen())
                && (t.amountMaxFen() == null || asked <= t.amountMaxFen());
        String what = r.kind() == ResourceKind.FUND ? "资金规模" : r.kind() == ResourceKind.VENTURE_FUND ? "单笔投资" : "额度";
        String range = r.kind() == ResourceKind.FUND ? "不超过 " + wan(t.amountMaxFen())
                : (t.amountMinFen() == null ? "" : wan(t.amountMinFen())) + " 至 "
                        + (t.amountMaxFen() == null ? "不限" : wan(t.amountMaxFen()));
        return java.util.Optional.of(new Fit(what, met, what + " " + range + "(需要 " + wan(asked) + ")"));
    }

    private static Fit area(String constraint, BigDecimal asked, BigDecimal offered, String unit) {
        BigDecimal diff = offered.subtract(asked).divide(asked, 4, RoundingMode.HALF_UP);
        boolean met = diff.abs().compareTo(AREA_TOLERANCE) <= 0;
        String pct = diff.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return new Fit(constraint, met, "需要 " + plain(asked) + " " + unit + ",可提供 " + plain(offered) + " " + unit
                + "(相差 " + (diff.signum() > 0 ? "+" : "") + pct + "%)");
    }

    /** The order a need's matches are shown in: eligible first, then fitting more constraints, then closest in area. */
    public static Comparator<ResourceMatch> ranking(NeedView need, java.util.Map<Long, ResourceView> resources) {
        Comparator<ResourceMatch> c = Comparator.comparingInt(m -> rank(m.verdict()));
        return c.thenComparing(m -> !m.fitsAll()).thenComparing(m -> -m.met())
                .thenComparing(m -> distance(need, resources.get(m.resourceId())))
                .thenComparingLong(ResourceMatch::resourceId);
    }

    private static int rank(Verdict v) {
        return v == Verdict.ELIGIBLE ? 0 : v == Verdict.UNDETERMINED ? 1 : 2;
    }

    private static BigDecimal distance(NeedView need, ResourceView r) {
        BigDecimal asked = need.kind() == NeedKind.LAND ? need.areaMu() : need.areaM2();
        BigDecimal offered = need.kind() == NeedKind.LAND ? r.terms().areaMu() : r.terms().areaM2();
        return asked == null || offered == null ? BigDecimal.ZERO : offered.subtract(asked).abs();
    }

    static String district(String code) {
        return District.ofCode(code).map(District::labelZh).orElse(code);
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** "5,000 万元" for 500000000 00 fen; yuan below 10,000. */
    static String wan(Long fen) {
        if (fen == null) {
            return "不限";
        }
        if (fen >= 1_000_000L && fen % 1_000_000L == 0) {
            return String.format("%,d 万元", fen / 1_000_000L);
        }
        return Money.yuan(fen) + " 元";
    }

    static String percent(int bp) {
        return BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString() + "%";
    }
}

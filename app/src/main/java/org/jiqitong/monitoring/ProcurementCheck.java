package org.jiqitong.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.jiqitong.shared.Money;

/**
 * 实施意见 2 (政府采购预留份额, as 财库〔2020〕46号 counts it): a line below the procurement threshold (采购限额标准) or not
 * suitable for SMEs is out of scope; a suitable line up to 200 万元 (goods, services) or 400 万元 (works) is reserved for
 * SMEs in full; above those, at least 30 % of its budget is reserved and at least 60 % of the reserved part goes to
 * small and micro enterprises. As Chinese legal texts count, 以上/以下 include the bound and 超过 excludes it: a line
 * at exactly 200 万 needs full reservation, a line at the threshold is in scope, 30 % and 60 % are met exactly.
 * Integer fen throughout (no rounding). No Spring: {@code ProcurementCheckTest}.
 */
public final class ProcurementCheck {

    /** A line's verdict with the rule and the numbers that decided it. */
    public record Result(String id, ProcurementVerdict verdict, List<String> reasons) {
    }

    private ProcurementCheck() {
    }

    /** Why the line cannot be checked (negative money, reserved above the budget …), or null when it can. */
    public static String problem(ProcurementLine l) {
        if (l.category() == null) {
            return "缺少采购类别(货物、服务或工程)";
        }
        if (l.budgetFen() < 0 || l.reservedFen() < 0 || l.reservedSmallMicroFen() < 0) {
            return "金额不能为负数";
        }
        if (l.reservedFen() > l.budgetFen()) {
            return "预留金额 " + yuan(l.reservedFen()) + " 元超过预算 " + yuan(l.budgetFen()) + " 元";
        }
        if (l.reservedSmallMicroFen() > l.reservedFen()) {
            return "预留给小微企业的金额 " + yuan(l.reservedSmallMicroFen()) + " 元超过预留金额 " + yuan(l.reservedFen()) + " 元";
        }
        return null;
    }

    public static Result check(ProcurementLine l, long thresholdFen) {
        String problem = problem(l);
        if (problem != null) {
            throw new IllegalArgumentException("第“" + l.id() + "”行:" + problem);
        }
        if (!l.suitableForSme()) {
            return new Result(l.id(), ProcurementVerdict.OUT_OF_SCOPE, List.of("不适宜由中小企业提供,不在预留范围"));
        }
        if (l.budgetFen() < thresholdFen) {
            return new Result(l.id(), ProcurementVerdict.OUT_OF_SCOPE, List.of("预算 " + yuan(l.budgetFen())
                    + " 元低于采购限额标准 " + yuan(thresholdFen) + " 元,不在预留范围"));
        }
        long bound = l.category().fullReservationUpToFen();
        List<String> reasons = new ArrayList<>();
        if (l.budgetFen() <= bound) {
            boolean full = l.reservedFen() == l.budgetFen();
            reasons.add((full ? "满足" : "不满足") + ":" + l.category().labelZh() + "预算 " + yuan(l.budgetFen()) + " 元,在 "
                    + wan(bound) + " 万元以下(含),应全部预留给中小企业;已预留 " + yuan(l.reservedFen()) + " 元");
            return new Result(l.id(), full ? ProcurementVerdict.PASS : ProcurementVerdict.FAIL, reasons);
        }
        boolean thirty = l.reservedFen() * 100 >= l.budgetFen() * 30;
        reasons.add((thirty ? "满足" : "不满足") + ":预算 " + yuan(l.budgetFen()) + " 元,超过 " + wan(bound)
                + " 万元,应预留30%以上给中小企业;已预留 " + yuan(l.reservedFen()) + " 元(" + percent(l.reservedFen(), l.budgetFen())
                + ")");
        boolean sixty = l.reservedSmallMicroFen() * 100 >= l.reservedFen() * 60;
        reasons.add((sixty ? "满足" : "不满足") + ":预留部分中给小微企业的比例应不低于60%;已预留给小微企业 "
                + yuan(l.reservedSmallMicroFen()) + " 元(" + percent(l.reservedSmallMicroFen(), l.reservedFen()) + ")");
        return new Result(l.id(), thirty && sixty ? ProcurementVerdict.PASS : ProcurementVerdict.FAIL, reasons);
    }

    public static List<Result> check(List<ProcurementLine> lines, long thresholdFen) {
        return lines.stream().map(l -> check(l, thresholdFen)).toList();
    }

    private static String yuan(long fen) {
        return Money.yuan(fen);
    }

    private static String wan(long fen) {
        return Long.toString(fen / 1_000_000L);
    }

    /** "30.00%" with two decimals, floored, so that 29.999 % never shows as 30.00 %. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        java.math.BigDecimal p = java.math.BigDecimal.valueOf(part * 100).divide(java.math.BigDecimal.valueOf(whole), 2,
                java.math.RoundingMode.FLOOR);
        return p.toPlainString() + "%";
    }
}

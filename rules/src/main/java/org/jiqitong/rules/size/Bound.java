package org.jiqitong.rules.size;

/** A lower bound of one indicator, e.g. employees ≥ 300 or revenue ≥ 2000 万元 (kept in fen). */
public record Bound(Indicator indicator, long min) {

    static Bound employees(long persons) {
        return new Bound(Indicator.EMPLOYEES, persons);
    }

    static Bound revenueWan(long wanYuan) {
        return new Bound(Indicator.REVENUE, wanYuan * 1_000_000L);
    }

    static Bound assetsWan(long wanYuan) {
        return new Bound(Indicator.TOTAL_ASSETS, wanYuan * 1_000_000L);
    }

    public String describe() {
        return indicator.label() + " ≥ " + indicator.format(min);
    }
}

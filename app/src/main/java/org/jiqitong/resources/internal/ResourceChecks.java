package org.jiqitong.resources.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jiqitong.registry.District;
import org.jiqitong.registry.Industries;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.resources.NewResource;
import org.jiqitong.resources.ResourceKind;
import org.jiqitong.resources.ResourcesRefusedException;
import org.jiqitong.resources.Terms;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.eval.Fixture;
import org.jiqitong.rules.eval.FixtureJson;
import org.jiqitong.rules.eval.Fixtures;

/**
 * What a resource must say before it is stored, and before it is published: each bad figure refused by its field and
 * why; who may use it is a condition of the rule engine, checked against the registry's catalogue, with test cases
 * that must all pass before a second officer may publish it.
 */
public final class ResourceChecks {

    private static final BigDecimal MAX_MU = new BigDecimal("100000");
    private static final BigDecimal MAX_M2 = new BigDecimal("10000000");
    /** 100 亿元: more than any single resource of a city. */
    private static final long MAX_FEN = 1_000_000_000_000L;

    private ResourceChecks() {
    }

    /** A draft may be incomplete, but nothing it says may be wrong. */
    public static void draft(NewResource r) {
        if (r.kind() == null) {
            throw refused("类型", "请选择资源类型");
        }
        if (r.title() == null || r.title().isBlank() || r.title().length() > 200) {
            throw refused("名称", "应为1至200字");
        }
        if (r.summary() != null && r.summary().length() > 4000) {
            throw refused("简介", "不能超过4000字");
        }
        if (r.district() != null && District.ofCode(r.district()).isEmpty()) {
            throw refused("区县", "\u201c" + r.district() + "\u201d不是济南市的区县代码(GB/T 2260)");
        }
        for (String i : r.industries()) {
            if (!(i.length() == 1 && i.charAt(0) >= 'A' && i.charAt(0) <= 'T')) {
                Industries.problem(i).ifPresent(p -> {
                    throw refused("适用行业", p);
                });
            }
        }
        r.details().forEach((k, v) -> {
            if (v != null && v.length() > 500) {
                throw refused(k, "不能超过500字");
            }
        });
        Terms t = r.terms();
        positive("面积(亩)", t.areaMu(), MAX_MU);
        positive("面积(m²)", t.areaM2(), MAX_M2);
        fen("租金", t.rentFen());
        fen("最低额度", t.amountMinFen());
        fen("最高额度", t.amountMaxFen());
        if (t.amountMinFen() != null && t.amountMaxFen() != null && t.amountMinFen() > t.amountMaxFen()) {
            throw refused("额度", "最低额度不能高于最高额度");
        }
        rate("利率", t.rateBp());
        rate("担保费率", t.feeRateBp());
        if (t.openFrom() != null && t.openTo() != null && !t.openFrom().isBefore(t.openTo())) {
            throw refused("开放时间", "开始时间应早于结束时间");
        }
        if (t.slotMinutes() != null && (t.slotMinutes() < 15 || t.slotMinutes() > 480)) {
            throw refused("时段长度", "应为15至480分钟");
        }
        if (r.condition() != null && !r.condition().isBlank()) {
            rule(r.condition());
        }
    }

    /** What publishing needs beyond a draft: the kind's own figures, and test cases that pass. */
    public static void publishable(NewResource r) {
        draft(r);
        Terms t = r.terms();
        switch (r.kind()) {
            case LAND -> {
                require("面积(亩)", t.areaMu());
                require("区县", r.district());
                require("供地方式", t.supplyMode());
            }
            case SPACE -> {
                require("面积(m²)", t.areaM2());
                require("区县", r.district());
                require("租金", t.rentFen());
            }
            case FACILITY -> {
                require("开放时间", t.openFrom());
                require("开放时间", t.openTo());
                require("时段长度", t.slotMinutes());
            }
            case FINANCE_PRODUCT -> require("最高额度", t.amountMaxFen());
            case FUND -> require("资金规模", t.amountMaxFen());
            case VENTURE_FUND -> require("单笔投资上限", t.amountMaxFen());
            case SERVICE -> require("服务内容", r.summary() == null || r.summary().isBlank() ? null : r.summary());
            default -> throw new IllegalStateException(r.kind().name());
        }
        if (r.condition() != null && !r.condition().isBlank()) {
            Rule rule = rule(r.condition());
            List<Fixture> fixtures;
            try {
                fixtures = FixtureJson.read(r.fixtures(), RegistryCatalogue.CATALOGUE);
            } catch (ConditionException e) {
                throw refused("测试用例", e.getMessage());
            }
            if (fixtures.isEmpty()) {
                throw refused("测试用例", "有使用条件的资源须至少有一个测试用例");
            }
            List<Fixtures.Result> results = Fixtures.run(rule, fixtures);
            results.stream().filter(x -> !x.passed()).findFirst().ifPresent(x -> {
                throw refused("测试用例", x.failure());
            });
        }
    }

    public static Rule rule(String condition) {
        try {
            return new ConditionChecker(RegistryCatalogue.CATALOGUE).check(condition);
        } catch (ConditionException e) {
            throw refused("使用条件", e.getMessage());
        }
    }

    private static void require(String field, Object value) {
        if (value == null) {
            throw refused(field, "发布前须填写");
        }
    }

    private static void positive(String field, BigDecimal v, BigDecimal max) {
        if (v != null && (v.signum() <= 0 || v.compareTo(max) > 0 || v.scale() > 2)) {
            throw refused(field, "应大于0、不超过" + max.toPlainString() + ",最多两位小数");
        }
    }

    private static void fen(String field, Long v) {
        if (v != null && (v < 0 || v > MAX_FEN)) {
            throw refused(field, "应为0至100亿元");
        }
    }

    private static void rate(String field, Integer bp) {
        if (bp != null && (bp < 0 || bp > 10000)) {
            throw refused(field, "应为0至100%");
        }
    }

    static ResourcesRefusedException refused(String field, String why) {
        return new org.jiqitong.resources.ResourcesBadInputException("“" + field + "”:" + why);
    }

    /** Kinds whose resources are booked by time slot. */
    public static boolean bookable(ResourceKind kind) {
        return kind == ResourceKind.FACILITY;
    }
}

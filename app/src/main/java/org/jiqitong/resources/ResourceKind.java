package org.jiqitong.resources;

/** The kinds of the government resource library (政府资源库). */
public enum ResourceKind implements org.jiqitong.shared.Labelled {
    /** 产业资金: size, term, linked policy items. */
    FUND,
    /** 创投基金: stages, industries, ticket range, manager, contact. */
    VENTURE_FUND,
    /** 项目用地: district, area in 亩, use, 标准地 indicators, supply mode, available from. */
    LAND,
    /** 产业空间: area m², rent per m² and month, features. */
    SPACE,
    /** 共享设施: large instruments and labs, booked by time slot. */
    FACILITY,
    /** 金融产品: loans and guarantees: bank, rate, guarantee fee rate, amount range, collateral, tags. */
    FINANCE_PRODUCT,
    /** 服务: 帮办代办, legal, financing advice. */
    SERVICE;

    public static java.util.Optional<ResourceKind> parse(String s) {
        if (s == null || s.isBlank()) {
            return java.util.Optional.empty();
        }
        for (ResourceKind k : values()) {
            if (k.name().equalsIgnoreCase(s.strip()) || k.labelZh().equals(s.strip())) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}

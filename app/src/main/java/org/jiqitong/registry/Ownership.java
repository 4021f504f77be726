package org.jiqitong.registry;

import java.util.Optional;

/**
 * An entity's economic type (经济类型), by the statistics bureau's 登记注册类型 codes (GB/T 12402 lineage): the
 * three-digit code or its group (171–174 are 私营, 141–149 联营, 151 and 159 有限责任). {@link #privateEconomy()} is
 * the platform's documented set of 民营经济: 私营 and 个体. An entity whose type was never delivered is unknown —
 * counted as such, never guessed.
 */
public enum Ownership implements org.jiqitong.shared.Labelled {
    STATE("110"), COLLECTIVE("120"), SHAREHOLDING_COOPERATIVE("130"), JOINT("140"), LIMITED("150"), JOINT_STOCK("160"),
    PRIVATE("170"), OTHER_DOMESTIC("190"), HONG_KONG_MACAO_TAIWAN("200"), FOREIGN("300"), INDIVIDUAL("400");

    private final String code;

    Ownership(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** 民营经济 as this platform counts it: 私营 and 个体. */
    public boolean privateEconomy() {
        return this == PRIVATE || this == INDIVIDUAL;
    }

    /** A code ("173" is 私营有限责任公司 → PRIVATE), a name ("私营"), or the enum's name. */
    public static Optional<Ownership> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String v = s.strip();
        for (Ownership o : values()) {
            if (o.name().equalsIgnoreCase(v) || o.labelZh().equals(v) || o.code.equals(v)) {
                return Optional.of(o);
            }
        }
        if (v.matches("[1-4][0-9]{2}")) {
            String group = v.substring(0, 2) + "0";
            if (v.charAt(0) == '2' || v.charAt(0) == '3') {
                group = v.charAt(0) + "00";
            }
            for (Ownership o : values()) {
                if (o.code.equals(group)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }
}

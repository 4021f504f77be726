package org.jiqitong.registry;

import java.util.Optional;

/** Jinan's districts and counties with their GB/T 2260 codes. */
public enum District implements org.jiqitong.shared.Labelled {
    LIXIA("370102"),
    SHIZHONG("370103"),
    HUAIYIN("370104"),
    TIANQIAO("370105"),
    LICHENG("370112"),
    CHANGQING("370113"),
    ZHANGQIU("370114"),
    JIYANG("370115"),
    LAIWU("370116"),
    GANGCHENG("370117"),
    PINGYIN("370124"),
    SHANGHE("370126");

    private final String code;

    District(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    private static final Written<District> WRITTEN = new Written<>(values(), District::code);

    public static Optional<District> ofCode(String code) {
        return WRITTEN.find(code);
    }
}

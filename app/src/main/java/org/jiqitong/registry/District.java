package org.jiqitong.registry;

import java.util.Optional;

/** Jinan's districts and counties with their GB/T 2260 codes. */
public enum District implements org.jiqitong.shared.Labelled {
    LIXIA("370102", "历下区", "Lixia"),
    SHIZHONG("370103", "市中区", "Shizhong"),
    HUAIYIN("370104", "槐荫区", "Huaiyin"),
    TIANQIAO("370105", "天桥区", "Tianqiao"),
    LICHENG("370112", "历城区", "Licheng"),
    CHANGQING("370113", "长清区", "Changqing"),
    ZHANGQIU("370114", "章丘区", "Zhangqiu"),
    JIYANG("370115", "济阳区", "Jiyang"),
    LAIWU("370116", "莱芜区", "Laiwu"),
    GANGCHENG("370117", "钢城区", "Gangcheng"),
    PINGYIN("370124", "平阴县", "Pingyin"),
    SHANGHE("370126", "商河县", "Shanghe");

    private final String code;
    private final String labelZh;
    private final String labelEn;

    District(String code, String labelZh, String labelEn) {
        this.code = code;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String code() {
        return code;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    private static final Written<District> WRITTEN = new Written<>(values(), District::code);

    public static Optional<District> ofCode(String code) {
        return WRITTEN.find(code);
    }
}

package org.jiqitong.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.catalogue.AttributeType;
import org.jiqitong.rules.catalogue.Catalogue;
import org.jiqitong.rules.catalogue.CodeList;

/** A small catalogue for tests, shaped like the registry's. */
public final class TestCatalogue {

    private TestCatalogue() {
    }

    /** GB/T 4754-like: a section letter and 2–4 digits; sections alone are valid branches. */
    static final CodeList INDUSTRY = new CodeList() {
        @Override
        public Optional<String> problem(String code) {
            return code.matches("[A-T][0-9]{2,4}") ? Optional.empty()
                    : Optional.of("\u201c" + code + "\u201d不是GB/T 4754-2017行业代码");
        }

        @Override
        public Optional<String> branchProblem(String prefix) {
            return prefix.matches("[A-T]") ? Optional.empty() : problem(prefix);
        }

        @Override
        public String describe(String code) {
            return code;
        }

        @Override
        public boolean hierarchical() {
            return true;
        }
    };

    static CodeList list(Map<String, String> names) {
        return new CodeList() {
            @Override
            public Optional<String> problem(String code) {
                return names.containsKey(code) ? Optional.empty() : Optional.of("\u201c" + code + "\u201d不是已知代码");
            }

            @Override
            public String describe(String code) {
                return names.getOrDefault(code, code);
            }
        };
    }

    public static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Attribute("industry", "行业", AttributeType.CODE, null, false, "市市场监督管理局", INDUSTRY),
            new Attribute("district", "区县", AttributeType.CODE, null, false, "市市场监督管理局",
                    list(Map.of("370102", "历下区", "370112", "历城区"))),
            new Attribute("employees", "从业人员", AttributeType.INT, "人", true, "市统计局", null),
            new Attribute("revenue", "营业收入", AttributeType.MONEY, "元", true, "市统计局", null),
            new Attribute("established_on", "成立日期", AttributeType.DATE, null, false, "市市场监督管理局", null),
            new Attribute("listed", "上市或挂牌", AttributeType.BOOL, null, false, "市地方金融监督管理局", null),
            new Attribute("qualifications", "资质", AttributeType.CODE_SET, null, false, "市工业和信息化局",
                    list(Map.of("HIGH_TECH", "高新技术企业", "SPECIALISED", "专精特新中小企业")))));

    public static final Set<String> NONE = Set.of();
}

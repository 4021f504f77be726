package org.jiqitong.web.internal;

import org.jiqitong.shared.Labelled;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** {@code ${@labels.of(x)}} in templates: the Chinese name, or the English one when the page is in English. */
@Component("labels")
class Labels {

    public String of(Labelled labelled) {
        if (labelled == null) {
            return "";
        }
        return english() ? labelled.labelEn() : labelled.labelZh();
    }

    /** A district's name from its GB/T 2260 code (the code itself when it is not Jinan's). */
    public String ofDistrict(String code) {
        return org.jiqitong.registry.District.ofCode(code).map(this::of).orElse(code == null ? "" : code);
    }

    /** A catalogue attribute's name in the page's language. */
    public String attribute(org.jiqitong.rules.catalogue.Attribute a) {
        return english() ? org.jiqitong.registry.RegistryCatalogue.labelEn(a) : a.label();
    }

    /** An explanation's actual value in the page's language (names of codes stay as the registry has them). */
    public String actual(String zh) {
        if (!english() || zh == null) {
            return zh;
        }
        return switch (zh) {
            case "未知" -> "unknown";
            case "是" -> "yes";
            case "否" -> "no";
            case "无" -> "none";
            default -> zh.matches("[0-9,]+\\.[0-9]{2}元") ? "CNY " + zh.substring(0, zh.length() - 1)
                    : zh.matches("[0-9]+人") ? zh.substring(0, zh.length() - 1) + " people" : zh;
        };
    }

    /** The facts an item's verdict misses, with who supplies each, in the page's language. */
    public String missing(org.jiqitong.matching.ItemMatch m) {
        if (!english()) {
            return String.join("、", m.missing());
        }
        return m.explanations().stream().filter(e -> e.outcome() == org.jiqitong.rules.eval.Outcome.UNKNOWN)
                .map(e -> org.jiqitong.registry.RegistryCatalogue.labelEn(e.attribute())
                        + (e.suppliedBy() == null ? "" : " (" + org.jiqitong.registry.RegistryCatalogue.supplierEn(e.suppliedBy()) + ")"))
                .distinct().collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * A line of the size-class explanation ("大型: 从业人员 ≥ 1000人 — 实际 420人,不满足") in the page's language; the
     * standard's own numbers and units are kept, its words translated.
     */
    public String sizeLine(String zh) {
        if (!english() || zh == null) {
            return zh;
        }
        String[][] words = {{"大型", "Large"}, {"中型", "Medium"}, {"小型", "Small"}, {"微型", "Micro"},
            {"从业人员", "employees"}, {"营业收入", "revenue"}, {"资产总额", "total assets"}, {"— 实际 ", "— actual "},
            {",不满足", ", not met"}, {",满足", ", met"}, {"未知", " unknown"}, {"万元", " ×10,000 yuan"}, {"人", " people"},
            {"且", " and "}, {"或", " or "}};
        String en = zh;
        for (String[] w : words) {
            en = en.replace(w[0], w[1]);
        }
        return en;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}

package org.jiqitong.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiqitong.rules.catalogue.Attribute;

/**
 * A checker's problem ("conditions.all[2].values[0]: …", "facts.employees: …") as a person reads it: where, in words
 * ("申请条件 · 第3项 · 取值", "从业人员"), then why; the path stays beside it as a detail for whoever fixes the JSON.
 */
public final class ProblemWords {

    /** One problem for the page: the sentence, and the path it came from (null when there was none). */
    public record Shown(String text, String path) {
    }

    private static final Pattern PATH = Pattern.compile("^([A-Za-z_][A-Za-z0-9_@.\\[\\]]*): (.*)$", Pattern.DOTALL);
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z_]+)\\[(\\d+)]$");
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("conditions", "申请条件"),
            Map.entry("fixtures", "测试用例"), Map.entry("formula", "金额公式"), Map.entry("cap", "封顶金额"),
            Map.entry("expr", "公式表达式"), Map.entry("noApplication", "免申即享"), Map.entry("contact", "联系方式"),
            Map.entry("window", "申报时间"), Map.entry("values", "取值"), Map.entry("value", "取值"),
            Map.entry("min", "下限"), Map.entry("max", "上限"), Map.entry("op", "运算"), Map.entry("attr", "属性"),
            Map.entry("wording", "中文表述"), Map.entry("cite", "依据"), Map.entry("period", "年度"),
            Map.entry("verdict", "预期判定"), Map.entry("amountFen", "预期金额"), Map.entry("asOf", "判定日期"),
            Map.entry("name", "名称"), Map.entry("not", "不属于"), Map.entry("facts", "情况"),
            Map.entry("industry_code", "行业代码"), Map.entry("district_code", "区县"),
            Map.entry("revenue_yuan", "营业收入"), Map.entry("total_assets_yuan", "资产总额"), Map.entry("tax_yuan", "纳税额"),
            Map.entry("rnd_yuan", "研发费用"), Map.entry("registered_capital_yuan", "注册资本"),
            Map.entry("qualified_on", "认定日期"), Map.entry("declared", "企业自述的情况"));

    private ProblemWords() {
    }

    public static List<Shown> of(List<?> problems) {
        List<Shown> shown = new ArrayList<>();
        for (Object p : problems) {
            shown.add(of(String.valueOf(p)));
        }
        return shown;
    }

    public static Shown of(String problem) {
        Matcher m = PATH.matcher(problem);
        if (!m.matches()) {
            return new Shown(problem, null);
        }
        return new Shown(words(m.group(1)) + ":" + m.group(2), m.group(1));
    }

    /** "fixtures[1].facts.revenue@2025" → "第2个测试用例 · 2025年营业收入". */
    static String words(String path) {
        List<String> out = new ArrayList<>();
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            Matcher indexed = INDEXED.matcher(s);
            if (indexed.matches()) {
                int n = Integer.parseInt(indexed.group(2)) + 1;
                String name = indexed.group(1);
                out.add(switch (name) {
                    case "fixtures" -> "第" + n + "个测试用例";
                    case "all", "any" -> "第" + n + "项";
                    default -> WORDS.getOrDefault(name, name) + "第" + n + "个";
                });
                continue;
            }
            if (i > 0 && "facts".equals(segments[i - 1]) || s.contains("@") || RegistryCatalogue.CATALOGUE.find(s).isPresent()
                    && !WORDS.containsKey(s)) {
                out.add(fact(s));
                continue;
            }
            if ("all".equals(s) || "any".equals(s) || i == 0 && "facts".equals(s)) {
                continue; // a group's own name adds nothing; a calculator's facts are the whole form
            }
            out.add(WORDS.getOrDefault(s, s));
        }
        return String.join(" · ", out);
    }

    private static String fact(String s) {
        String[] parts = s.split("@", 2);
        String label = RegistryCatalogue.CATALOGUE.find(parts[0]).map(Attribute::label)
                .orElse(WORDS.getOrDefault(parts[0], parts[0]));
        return parts.length == 2 ? parts[1] + "年" + label : label;
    }
}

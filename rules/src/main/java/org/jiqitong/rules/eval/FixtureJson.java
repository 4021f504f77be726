package org.jiqitong.rules.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.catalogue.Catalogue;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an item's fixtures from JSON, typing each fact by the catalogue:
 * <pre>
 * [{"name": "专精特新制造业企业", "asOf": "2026-06-30",
 *   "facts": {"industry": "C3911", "revenue@2025": 280000000, "qualifications": ["SPECIALISED"]},
 *   "verdict": "ELIGIBLE", "amountFen": 30000000}]
 * </pre>
 * Yearly facts are written {@code attribute@year}; money in fen; dates ISO.
 */
public final class FixtureJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FixtureJson() {
    }

    public static List<Fixture> read(String json, Catalogue catalogue) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "[]" : json);
        } catch (JacksonException e) {
            throw new ConditionException(List.of(new Problem("fixtures", "不是合法的JSON:" + e.getOriginalMessage())));
        }
        if (!root.isArray()) {
            throw new ConditionException(List.of(new Problem("fixtures", "应为数组")));
        }
        List<Fixture> fixtures = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String path = "fixtures[" + i + "]";
            JsonNode f = root.get(i);
            String name = f.path("name").asString("");
            if (name.isBlank()) {
                problems.add(new Problem(path + ".name", "缺少测试用例名称"));
            }
            LocalDate asOf = date(f.path("asOf"), path + ".asOf", problems);
            Verdict verdict = null;
            try {
                verdict = Verdict.valueOf(f.path("verdict").asString(""));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(path + ".verdict", "应为 ELIGIBLE、INELIGIBLE 或 UNDETERMINED"));
            }
            Long amount = f.has("amountFen") && f.get("amountFen").isIntegralNumber() ? f.get("amountFen").asLong() : null;
            if (f.has("amountFen") && amount == null) {
                problems.add(new Problem(path + ".amountFen", "应为以分为单位的整数"));
            }
            Map<String, Object> facts = facts(f.path("facts"), path + ".facts", catalogue, problems);
            fixtures.add(new Fixture(name, asOf, facts, verdict, amount));
        }
        if (!problems.isEmpty()) {
            throw new ConditionException(problems);
        }
        return fixtures;
    }

    /** Facts written as JSON, typed by the catalogue (also what a calculator reads). */
    public static Map<String, Object> facts(JsonNode node, String path, Catalogue catalogue, List<Problem> problems) {
        Map<String, Object> facts = new HashMap<>();
        if (!node.isObject()) {
            problems.add(new Problem(path, "应为对象"));
            return facts;
        }
        for (String key : node.propertyNames()) {
            String code = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
            Attribute a = catalogue.find(code).orElse(null);
            String at = path + "." + key;
            if (a == null) {
                problems.add(new Problem(at, "\u201c" + code + "\u201d不在属性目录中"));
                continue;
            }
            if (a.yearly() != key.contains("@")) {
                problems.add(new Problem(at, a.yearly() ? a.label() + "按年度统计,应写作 " + code + "@年份" : a.label() + "不按年度统计"));
                continue;
            }
            JsonNode v = node.get(key);
            if (v.isNull()) {
                continue; // written as unknown
            }
            Object value = switch (a.type()) {
                case INT, MONEY -> v.isIntegralNumber() ? v.asLong() : null;
                case BOOL -> v.isBoolean() ? v.asBoolean() : null;
                case DATE -> date(v, at, problems);
                case CODE -> v.isString() && a.codes().problem(v.asString()).isEmpty() ? v.asString() : null;
                case CODE_SET -> codes(v, a);
            };
            if (value == null && a.type() != org.jiqitong.rules.catalogue.AttributeType.DATE) {
                problems.add(new Problem(at, "不是" + a.label() + "可取的值"));
            }
            if (value != null) {
                facts.put(key, value);
            }
        }
        return facts;
    }

    private static Set<String> codes(JsonNode v, Attribute a) {
        if (!v.isArray()) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode c : v) {
            if (!c.isString() || a.codes().problem(c.asString()).isPresent()) {
                return null;
            }
            codes.add(c.asString());
        }
        return codes;
    }

    private static LocalDate date(JsonNode v, String path, List<Problem> problems) {
        try {
            return LocalDate.parse(v.asString(""));
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new Problem(path, "应为ISO日期,如 2026-06-30"));
            return null;
        }
    }
}

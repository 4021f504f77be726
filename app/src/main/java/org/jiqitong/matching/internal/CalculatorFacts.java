package org.jiqitong.matching.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiqitong.registry.District;
import org.jiqitong.registry.EntityStatus;
import org.jiqitong.registry.EntityType;
import org.jiqitong.registry.FunctionalZone;
import org.jiqitong.registry.Industries;
import org.jiqitong.registry.QualificationType;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Problem;
import org.jiqitong.rules.eval.Facts;
import org.jiqitong.rules.eval.MapFacts;
import org.jiqitong.rules.size.SizeClass;
import org.jiqitong.rules.size.SizeFigures;
import org.jiqitong.rules.size.SizeStandard;
import tools.jackson.databind.JsonNode;

/**
 * A visitor's answers, named and measured as the registry's import columns ({@code industry_code},
 * {@code revenue_yuan} …), as facts. Figures without a year are last year's (上一年度), as policies read them.
 * The size class follows from industry and figures. Anything not given is unknown.
 */
final class CalculatorFacts {

    private CalculatorFacts() {
    }

    static Facts read(JsonNode facts, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        int last = asOf.getYear() - 1;
        if (facts == null || !facts.isObject()) {
            throw new ConditionException(List.of(new Problem("facts", "应为对象,如 {\"industry_code\":\"C3911\"}")));
        }
        for (String key : facts.propertyNames()) {
            JsonNode v = facts.get(key);
            String path = "facts." + key;
            if (v.isNull()) {
                continue;
            }
            switch (key) {
                case "industry_code" -> code(v, path, problems, c -> Industries.problem(c).isEmpty())
                        .ifPresent(c -> values.put("industry", c));
                case "district_code" -> code(v, path, problems, c -> District.ofCode(c).isPresent())
                        .ifPresent(c -> values.put("district", c));
                case "functional_zone" -> code(v, path, problems, c -> FunctionalZone.parse(c).isPresent())
                        .ifPresent(c -> values.put("functional_zone", FunctionalZone.parse(c).orElseThrow().name()));
                case "entity_type" -> code(v, path, problems, c -> EntityType.parse(c).isPresent())
                        .ifPresent(c -> values.put("entity_type", EntityType.parse(c).orElseThrow().name()));
                case "status" -> code(v, path, problems, c -> EntityStatus.parse(c).isPresent())
                        .ifPresent(c -> values.put("status", EntityStatus.parse(c).orElseThrow().name()));
                case "employees" -> {
                    if (v.isIntegralNumber() && v.asLong() >= 0) {
                        values.put("employees@" + last, v.asLong());
                    } else {
                        problems.add(new Problem(path, "应为不小于0的整数"));
                    }
                }
                case "revenue_yuan", "total_assets_yuan", "tax_yuan", "rnd_yuan" -> fen(v, path, problems)
                        .ifPresent(f -> values.put(key.replace("_yuan", "") + "@" + last, f));
                case "registered_capital_yuan" -> fen(v, path, problems).ifPresent(f -> values.put("registered_capital", f));
                case "established_on" -> {
                    try {
                        values.put("established_on", LocalDate.parse(v.asString("")));
                    } catch (java.time.format.DateTimeParseException e) {
                        problems.add(new Problem(path, "应为ISO日期,如 2015-06-01"));
                    }
                }
                case "listed" -> {
                    if (v.isBoolean()) {
                        values.put("listed", v.asBoolean());
                    } else {
                        problems.add(new Problem(path, "应为 true 或 false"));
                    }
                }
                case "qualifications", "credit_flags" -> qualifications(v, path, problems, key.equals("credit_flags"))
                        .ifPresent(q -> values.put(key, q));
                case "qualified_on" -> qualifiedOn(v, path, problems, values);
                case "declared" -> declared(v, path, problems, values);
                default -> problems.add(new Problem(path, "未知的事实;可用 industry_code、district_code、functional_zone、"
                        + "entity_type、status、employees、revenue_yuan、total_assets_yuan、tax_yuan、rnd_yuan、"
                        + "registered_capital_yuan、established_on、listed、qualifications、qualified_on、credit_flags、"
                        + "declared"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConditionException(problems);
        }
        if (values.containsKey("industry")) {
            SizeClass size = SizeStandard.classOf((String) values.get("industry"), new SizeFigures(
                    (Long) values.get("employees@" + last), (Long) values.get("revenue@" + last),
                    (Long) values.get("total_assets@" + last)));
            if (size != SizeClass.UNDETERMINED) {
                values.put("size_class", size.name());
            }
        }
        return new MapFacts(asOf, values);
    }

    /** {@code {"SPECIALISED": "2026-03-01"}}: the day each qualification was certified (新认定 reads it). */
    private static void qualifiedOn(JsonNode v, String path, List<Problem> problems, Map<String, Object> values) {
        if (!v.isObject()) {
            problems.add(new Problem(path, "应为对象,如 {\"SPECIALISED\":\"2026-03-01\"}"));
            return;
        }
        for (String code : v.propertyNames()) {
            var q = QualificationType.parse(code).filter(t -> !t.creditFlag());
            if (q.isEmpty()) {
                problems.add(new Problem(path + "." + code, "\u201c" + code + "\u201d不是可用的资质"));
                continue;
            }
            try {
                values.put(org.jiqitong.registry.RegistryCatalogue.since(q.get().name()),
                        LocalDate.parse(v.get(code).asString("")));
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(new Problem(path + "." + code, "应为ISO日期,如 2026-03-01"));
            }
        }
    }

    /** {@code {"postdoc_station": true}}: facts only the enterprise can state (no registry feed holds them). */
    private static void declared(JsonNode v, String path, List<Problem> problems, Map<String, Object> values) {
        if (!v.isObject()) {
            problems.add(new Problem(path, "应为对象,如 {\"postdoc_station\":true}"));
            return;
        }
        for (String code : v.propertyNames()) {
            boolean known = org.jiqitong.registry.RegistryCatalogue.declared().stream().anyMatch(a -> a.code().equals(code));
            if (!known) {
                problems.add(new Problem(path + "." + code, "\u201c" + code + "\u201d不是企业自述的事实"));
            } else if (!v.get(code).isBoolean()) {
                problems.add(new Problem(path + "." + code, "应为 true 或 false"));
            } else {
                values.put(code, v.get(code).asBoolean());
            }
        }
    }

    private static java.util.Optional<String> code(JsonNode v, String path, List<Problem> problems,
            java.util.function.Predicate<String> valid) {
        if (v.isString() && valid.test(v.asString())) {
            return java.util.Optional.of(v.asString());
        }
        problems.add(new Problem(path, "\u201c" + v.asString("") + "\u201d不是可用的代码"));
        return java.util.Optional.empty();
    }

    /** Yuan with up to two decimals, exactly, as fen. */
    private static java.util.Optional<Long> fen(JsonNode v, String path, List<Problem> problems) {
        try {
            BigDecimal yuan = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asString(""));
            return java.util.Optional.of(org.jiqitong.shared.Money.fenOf(yuan));
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        problems.add(new Problem(path, "应为以元为单位、最多两位小数的非负金额"));
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Set<String>> qualifications(JsonNode v, String path, List<Problem> problems,
            boolean creditFlags) {
        if (!v.isArray()) {
            problems.add(new Problem(path, "应为代码数组,如 [\"HIGH_TECH\"]"));
            return java.util.Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < v.size(); i++) {
            var q = QualificationType.parse(v.get(i).asString("")).filter(t -> t.creditFlag() == creditFlags);
            if (q.isEmpty()) {
                problems.add(new Problem(path + "[" + i + "]", "\u201c" + v.get(i).asString("") + "\u201d不是可用的"
                        + (creditFlags ? "信用标记" : "资质")));
            } else {
                codes.add(q.get().name());
            }
        }
        return java.util.Optional.of(codes);
    }
}

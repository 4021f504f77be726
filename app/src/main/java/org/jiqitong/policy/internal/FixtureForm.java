package org.jiqitong.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.eval.Fixture;
import org.jiqitong.rules.eval.FixtureJson;
import org.jiqitong.rules.eval.Verdict;
import org.jiqitong.shared.Money;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The officer's fixture form: a test case written with the catalogue's fields (codes picked by their names, money in
 * 元, yearly figures as 上一年度 of the case's day) becomes one entry of the item's fixture JSON; an existing entry
 * is shown in the same words. The JSON stays the stored form (and is still editable, for the rare case).
 */
final class FixtureForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One fixture as a person reads it. */
    record Shown(String name, LocalDate asOf, String verdict, String amount, List<String> facts) {
    }

    private FixtureForm() {
    }

    /** The item's fixtures in words; empty when the JSON does not read (the checker then says why). */
    static List<Shown> shown(String fixtures) {
        try {
            return FixtureJson.read(fixtures, RegistryCatalogue.CATALOGUE).stream().map(FixtureForm::shown).toList();
        } catch (ConditionException e) {
            return List.of();
        }
    }

    private static Shown shown(Fixture f) {
        List<String> facts = new ArrayList<>();
        f.facts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> facts.add(fact(e.getKey(), e.getValue())));
        return new Shown(f.name(), f.asOf(), org.jiqitong.rules.eval.Fixtures.words(f.expected()),
                f.expectedAmountFen() == null ? null : Money.yuan(f.expectedAmountFen()) + " 元", facts);
    }

    private static String fact(String key, Object value) {
        String[] parts = key.split("@", 2);
        Attribute a = RegistryCatalogue.CATALOGUE.find(parts[0]).orElse(null);
        String label = a == null ? parts[0] : a.label();
        String name = parts.length == 2 ? parts[1] + "年" + label : label;
        String text;
        if (a == null) {
            text = String.valueOf(value);
        } else {
            text = switch (a.type()) {
                case MONEY -> Money.yuan((Long) value) + " 元";
                case INT -> value + (a.unit() == null ? "" : " " + a.unit());
                case BOOL -> Boolean.TRUE.equals(value) ? "是" : "否";
                case CODE -> a.codes().describe((String) value);
                case CODE_SET -> ((Collection<?>) value).isEmpty() ? "无" : ((Collection<?>) value).stream()
                        .map(c -> a.codes().describe((String) c)).collect(Collectors.joining("、"));
                default -> String.valueOf(value);
            };
        }
        return name + ":" + text;
    }

    /**
     * The fixture JSON with one more case from the form: {@code name}, {@code asOf}, {@code verdict},
     * {@code amountYuan} and one {@code fact.<attribute>} per field given (several for a code set).
     */
    static String append(String fixtures, Map<String, List<String>> form) {
        List<String> problems = new ArrayList<>();
        String name = first(form, "name");
        if (name.isEmpty()) {
            problems.add("请填写测试用例的名称");
        }
        LocalDate asOf = null;
        try {
            asOf = LocalDate.parse(first(form, "asOf"));
        } catch (DateTimeParseException e) {
            problems.add("请填写判定日期(如 2026-06-30)");
        }
        Verdict verdict = null;
        try {
            verdict = Verdict.valueOf(first(form, "verdict"));
        } catch (IllegalArgumentException e) {
            problems.add("请选择预期判定");
        }
        ObjectNode entry = JSON.createObjectNode();
        entry.put("name", name);
        entry.put("asOf", asOf == null ? "" : asOf.toString());
        ObjectNode facts = entry.putObject("facts");
        int lastYear = asOf == null ? 0 : asOf.getYear() - 1; // (no day: refused below)
        for (Attribute a : RegistryCatalogue.CATALOGUE.attributes()) {
            List<String> given = form.getOrDefault("fact." + a.code(), List.of()).stream().map(String::strip)
                    .filter(x -> !x.isEmpty()).toList();
            if (given.isEmpty() || (a.type() != org.jiqitong.rules.catalogue.AttributeType.CODE_SET
                    && given.get(0).equals("-"))) {
                continue;
            }
            String key = a.yearly() ? a.code() + "@" + lastYear : a.code();
            String v = given.get(0);
            try {
                switch (a.type()) {
                    case MONEY -> facts.put(key, Money.fenOf(new BigDecimal(v.replace(",", ""))));
                    case INT -> facts.put(key, Long.parseLong(v));
                    case BOOL -> facts.put(key, "true".equals(v));
                    case CODE_SET -> {
                        ArrayNode codes = facts.putArray(key);
                        given.stream().filter(x -> !x.equals("-")).forEach(codes::add);
                    }
                    default -> facts.put(key, a.codes() == null ? v : a.codes().codeOf(v).orElse(v));
                }
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(a.label() + ":“" + v + "”不是" + (a.type() == org.jiqitong.rules.catalogue.AttributeType.MONEY
                        ? "以元为单位、最多两位小数的金额" : "整数"));
            }
        }
        entry.put("verdict", verdict == null ? "" : verdict.name());
        String amount = first(form, "amountYuan");
        if (!amount.isEmpty()) {
            try {
                entry.put("amountFen", Money.fenOf(new BigDecimal(amount.replace(",", ""))));
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add("预期金额:“" + amount + "”不是以元为单位、最多两位小数的金额");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(";", problems));
        }
        ArrayNode all = read(fixtures);
        all.add(entry);
        FixtureJson.read(all.toString(), RegistryCatalogue.CATALOGUE); // every value checked, with its path
        return all.toString();
    }

    /** The fixture JSON without its {@code index}-th case. */
    static String remove(String fixtures, int index) {
        ArrayNode all = read(fixtures);
        if (index < 0 || index >= all.size()) {
            throw new IllegalArgumentException("没有这个测试用例");
        }
        all.remove(index);
        return all.toString();
    }

    private static ArrayNode read(String fixtures) {
        try {
            var node = JSON.readTree(fixtures == null || fixtures.isBlank() ? "[]" : fixtures);
            if (node instanceof ArrayNode array) {
                return array;
            }
        } catch (tools.jackson.core.JacksonException e) {
            // below
        }
        throw new IllegalArgumentException("现有测试用例不是合法的JSON数组,请先在“高级”中更正");
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> v = form.get(key);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip();
    }
}

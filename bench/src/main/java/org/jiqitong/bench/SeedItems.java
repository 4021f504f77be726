package org.jiqitong.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.Rule;
import org.jiqitong.rules.formula.Formula;
import org.jiqitong.rules.formula.FormulaCompiler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Benchmark items: the seed library's items, copied with their numeric thresholds scaled a little more each round. */
final class SeedItems {

    record Item(Rule rule, Formula formula) {
    }

    private static final Pattern BOUND = Pattern.compile("\"(min|max)\":(\\d+)");

    private SeedItems() {
    }

    static List<Item> compile(int count) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode seed;
        try (InputStream in = SeedItems.class.getResourceAsStream("/policy/seed-library.json")) {
            seed = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConditionChecker checker = new ConditionChecker(RegistryCatalogue.CATALOGUE);
        FormulaCompiler formulas = new FormulaCompiler(RegistryCatalogue.CATALOGUE);
        List<JsonNode> templates = new ArrayList<>();
        seed.get("items").forEach(templates::add);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode t = templates.get(i % templates.size());
            double scale = 1 + (i / templates.size()) * 0.05;
            Rule rule = checker.check(vary(json.writeValueAsString(t.get("conditions")), scale));
            Formula formula = t.get("formula").isNull() ? null
                    : formulas.compile(t.get("formula").asString(), t.get("capFen").asLong(), "formula");
            items.add(new Item(rule, formula));
        }
        return items;
    }

    private static String vary(String conditions, double scale) {
        StringBuilder out = new StringBuilder();
        Matcher m = BOUND.matcher(conditions);
        while (m.find()) {
            m.appendReplacement(out, "\"" + m.group(1) + "\":" + Math.round(Long.parseLong(m.group(2)) * scale));
        }
        m.appendTail(out);
        return out.toString();
    }
}

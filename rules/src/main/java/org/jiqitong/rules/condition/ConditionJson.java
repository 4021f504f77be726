package org.jiqitong.rules.condition;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored JSON form of a condition tree.
 * <pre>
 * {"all": [ … ]}   {"any": [ … ]}   {"not": { … }}
 * {"attr": "employees", "period": "last", "op": "range", "min": 20, "max": 299,
 *  "wording": "上一年度从业人员20至299人", "cite": {"doc": "济政发〔2021〕10号", "clause": "第五条"}}
 * {"attr": "industry", "op": "prefix", "values": ["C", "I65"], …}
 * </pre>
 * Reading refuses malformed trees with the path of the fault, e.g. {@code conditions.all[2].op}.
 */
public final class ConditionJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final List<String> LEAF_FIELDS = List.of("attr", "period", "op", "value", "values", "min", "max",
            "expr", "wording", "cite");

    private ConditionJson() {
    }

    public static Condition read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new ConditionException(List.of(new Problem("conditions", "不是合法的JSON:" + e.getOriginalMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        Condition condition = read(node, "conditions", problems);
        if (!problems.isEmpty()) {
            throw new ConditionException(problems);
        }
        return condition;
    }

    private static Condition read(JsonNode node, String path, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(path, "应为对象:{\"all\":[…]}、{\"any\":[…]}、{\"not\":{…}} 或一个条件叶子"));
            return null;
        }
        if (node.has("all") || node.has("any")) {
            String key = node.has("all") ? "all" : "any";
            if (node.size() != 1) {
                problems.add(new Problem(path, "\"" + key + "\" 节点只能有这一个键"));
            }
            JsonNode list = node.get(key);
            if (!list.isArray() || list.isEmpty()) {
                problems.add(new Problem(path + "." + key, "应为非空数组"));
                return null;
            }
            List<Condition> children = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                children.add(read(list.get(i), path + "." + key + "[" + i + "]", problems));
            }
            return key.equals("all") ? new Condition.All(children) : new Condition.Any(children);
        }
        if (node.has("not")) {
            if (node.size() != 1) {
                problems.add(new Problem(path, "\"not\" 节点只能有这一个键"));
            }
            return new Condition.Not(read(node.get("not"), path + ".not", problems));
        }
        return leaf((ObjectNode) node, path, problems);
    }

    private static Condition leaf(ObjectNode node, String path, List<Problem> problems) {
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext();) {
            String name = names.next();
            if (!LEAF_FIELDS.contains(name)) {
                problems.add(new Problem(path + "." + name, "未知的键;条件叶子的键为 " + String.join("、", LEAF_FIELDS)));
            }
        }
        String opText = text(node, "op", path, problems, true);
        boolean cel = "cel".equals(opText);
        String attr = text(node, "attr", path, problems, !cel);
        String expression = text(node, "expr", path, problems, cel);
        Operator op = opText == null ? null : Operator.ofJson(opText).orElse(null);
        if (opText != null && op == null) {
            problems.add(new Problem(path + ".op", "\u201c" + opText + "\u201d不是运算符;可用 eq、in、range、prefix、has、exists"));
        }
        Period period = null;
        String periodText = text(node, "period", path, problems, false);
        if (periodText != null) {
            period = Period.parse(periodText).orElse(null);
            if (period == null) {
                problems.add(new Problem(path + ".period", "\u201c" + periodText + "\u201d不是年度;应为 last(上一年度)、latest(最近年度)或四位年份"));
            }
        }
        List<Object> values = new ArrayList<>();
        if (node.has("value")) {
            values.add(scalar(node.get("value"), path + ".value", problems));
        }
        if (node.has("values")) {
            JsonNode list = node.get("values");
            if (!list.isArray()) {
                problems.add(new Problem(path + ".values", "应为数组"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    values.add(scalar(list.get(i), path + ".values[" + i + "]", problems));
                }
            }
        }
        Object min = node.has("min") ? scalar(node.get("min"), path + ".min", problems) : null;
        Object max = node.has("max") ? scalar(node.get("max"), path + ".max", problems) : null;
        String wording = text(node, "wording", path, problems, true);
        Citation citation = null;
        JsonNode cite = node.get("cite");
        if (cite == null || !cite.isObject() || !cite.path("doc").isString() || cite.path("doc").asString().isBlank()) {
            problems.add(new Problem(path + ".cite", "每个条件须注明依据:{\"doc\":\"文号\",\"clause\":\"条款\"}"));
        } else {
            citation = new Citation(cite.get("doc").asString(), cite.path("clause").isString() ? cite.get("clause").asString() : null);
        }
        return new Condition.Leaf(attr, period, op, values, min, max, expression, wording, citation);
    }

    private static String text(JsonNode node, String field, String path, List<Problem> problems, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(new Problem(path + "." + field, "缺少 \"" + field + "\""));
            }
            return null;
        }
        if (!v.isString() || v.asString().isBlank()) {
            problems.add(new Problem(path + "." + field, "应为非空字符串"));
            return null;
        }
        return v.asString();
    }

    private static Object scalar(JsonNode v, String path, List<Problem> problems) {
        if (v.isString()) {
            return v.asString();
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        problems.add(new Problem(path, "应为字符串、整数或布尔值(金额以分为单位的整数)"));
        return null;
    }

    /** Writes the tree back in its stored form. */
    public static String write(Condition condition) {
        return JSON.writeValueAsString(node(condition));
    }

    private static JsonNode node(Condition condition) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (condition instanceof Condition.All all) {
            return f.objectNode().set("all", array(all.conditions()));
        }
        if (condition instanceof Condition.Any any) {
            return f.objectNode().set("any", array(any.conditions()));
        }
        if (condition instanceof Condition.Not not) {
            return f.objectNode().set("not", node(not.condition()));
        }
        return leafNode((Condition.Leaf) condition);
    }

    private static ArrayNode array(List<Condition> conditions) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        conditions.forEach(c -> array.add(node(c)));
        return array;
    }

    private static ObjectNode leafNode(Condition.Leaf leaf) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        if (leaf.attribute() != null) {
            n.put("attr", leaf.attribute());
        }
        if (leaf.period() != null) {
            n.put("period", leaf.period().json());
        }
        n.put("op", leaf.operator().json());
        if (!leaf.values().isEmpty()) {
            n.set("values", JSON.valueToTree(leaf.values()));
        }
        if (leaf.min() != null) {
            n.set("min", JSON.valueToTree(leaf.min()));
        }
        if (leaf.max() != null) {
            n.set("max", JSON.valueToTree(leaf.max()));
        }
        if (leaf.expression() != null) {
            n.put("expr", leaf.expression());
        }
        n.put("wording", leaf.wording());
        if (leaf.citation() != null) { // a leaf without one is written as it is; reading it back names the omission
            n.set("cite", JSON.valueToTree(Map.of("doc", leaf.citation().document(),
                    "clause", leaf.citation().clause() == null ? "" : leaf.citation().clause())));
        }
        return n;
    }
}

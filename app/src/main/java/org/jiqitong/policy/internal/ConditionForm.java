package org.jiqitong.policy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiqitong.registry.RegistryCatalogue;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.condition.Citation;
import org.jiqitong.rules.condition.Condition;
import org.jiqitong.rules.condition.ConditionChecker;
import org.jiqitong.rules.condition.ConditionException;
import org.jiqitong.rules.condition.Operator;
import org.jiqitong.rules.condition.Period;
import org.jiqitong.rules.condition.RuleText;
import org.jiqitong.shared.Money;

/** The officer's condition builder: the tree as it is shown (rule text, nodes to remove), and one leaf from its form. */
final class ConditionForm {

    static final String EMPTY_TREE_HINT = "(尚未设置申请条件)";

    private ConditionForm() {
    }

    /** The rule in Chinese, or the checker's complaints when it is not yet valid. */
    static String text(Condition tree) {
        try {
            return RuleText.render(new ConditionChecker(RegistryCatalogue.CATALOGUE).check(tree));
        } catch (ConditionException e) {
            return String.join("\n", e.problems().stream().map(Object::toString).toList());
        }
    }

    /** Every node of the tree with its path, for the remove buttons. */
    static List<String[]> leaves(Condition tree) {
        List<String[]> nodes = new ArrayList<>();
        if (tree != null) {
            walk(tree, "conditions", 0, nodes);
        }
        return nodes;
    }

    private static void walk(Condition node, String path, int depth, List<String[]> out) {
        String indent = "　".repeat(depth);
        if (node instanceof Condition.All all) {
            out.add(new String[] {path, indent + "同时满足:"});
            for (int i = 0; i < all.conditions().size(); i++) {
                walk(all.conditions().get(i), path + ".all[" + i + "]", depth + 1, out);
            }
        } else if (node instanceof Condition.Any any) {
            out.add(new String[] {path, indent + "满足任一:"});
            for (int i = 0; i < any.conditions().size(); i++) {
                walk(any.conditions().get(i), path + ".any[" + i + "]", depth + 1, out);
            }
        } else if (node instanceof Condition.Not not) {
            out.add(new String[] {path, indent + "不属于:"});
            walk(not.condition(), path + ".not", depth + 1, out);
        } else {
            out.add(new String[] {path, indent + ((Condition.Leaf) node).wording()});
        }
    }

    /** The picker's choices: for each attribute with a flat code list, its codes with their names. */
    static Map<String, List<List<String>>> codeLists() {
        Map<String, List<List<String>>> lists = new LinkedHashMap<>();
        for (Attribute a : RegistryCatalogue.CATALOGUE.attributes()) {
            if (a.codes() != null && !a.codes().codes().isEmpty()) {
                lists.put(a.code(), a.codes().codes().stream().map(c -> List.of(c, a.codes().describe(c))).toList());
            }
        }
        return lists;
    }

    /** One leaf from the builder's form: money is entered in 元 and stored in fen. */
    static Condition.Leaf leaf(Map<String, String> form) {
        Attribute attribute = RegistryCatalogue.CATALOGUE.find(form.getOrDefault("attr", ""))
                .orElseThrow(() -> new IllegalArgumentException("请选择属性"));
        Operator op = Operator.ofJson(form.getOrDefault("op", "")).orElseThrow(() -> new IllegalArgumentException("请选择运算符"));
        Period period = attribute.yearly() ? Period.parse(form.getOrDefault("period", "last")).orElse(Period.LAST) : null;
        List<Object> values = new ArrayList<>();
        String raw = form.getOrDefault("values", "").strip();
        if (!raw.isEmpty()) {
            for (String part : raw.split("[,,、\\s]+")) {
                values.add(literal(attribute, part));
            }
        }
        String min = form.getOrDefault("min", "").strip();
        String max = form.getOrDefault("max", "").strip();
        String wording = form.getOrDefault("wording", "").strip();
        String doc = form.getOrDefault("doc", "").strip();
        if (doc.isEmpty()) {
            throw new IllegalArgumentException("请填写条件的依据(政策文号),每个条件须注明出处");
        }
        return new Condition.Leaf(attribute.code(), period, op, values, min.isEmpty() ? null : literal(attribute, min),
                max.isEmpty() ? null : literal(attribute, max), null, wording.isEmpty() ? null : wording,
                new Citation(doc, form.getOrDefault("clause", "").strip()));
    }

    private static Object literal(Attribute attribute, String text) {
        try {
            return switch (attribute.type()) {
                case CODE, CODE_SET -> attribute.codes().codeOf(text).orElse(text); // "存续" is ACTIVE
                case MONEY -> Money.fenOf(new BigDecimal(text));
                case INT -> Long.parseLong(text);
                case BOOL -> switch (text) {
                    case "true", "是" -> true;
                    case "false", "否" -> false;
                    default -> text;
                };
                default -> text;
            };
        } catch (NumberFormatException | ArithmeticException e) {
            return text; // the checker says why with the path
        }
    }
}

package org.jiqitong.rules.condition;

import java.util.List;

/** The whole rule in Chinese, as an officer or an enterprise reads it: nested and numbered, with citations. */
public final class RuleText {

    private RuleText() {
    }

    public static String render(Rule rule) {
        StringBuilder text = new StringBuilder();
        render(rule, 0, text);
        return text.toString().stripTrailing();
    }

    private static void render(Rule rule, int depth, StringBuilder text) {
        String indent = "  ".repeat(depth);
        if (rule instanceof Rule.All all) {
            text.append(indent).append("同时满足以下全部条件:\n");
            children(all.rules(), depth, text);
        } else if (rule instanceof Rule.Any any) {
            text.append(indent).append("满足以下任一条件:\n");
            children(any.rules(), depth, text);
        } else if (rule instanceof Rule.Not not) {
            text.append(indent).append("不属于以下情形:\n");
            render(not.rule(), depth + 1, text);
        } else if (rule instanceof Rule.Expression expression) {
            text.append(indent).append(expression.wording()).append("(").append(expression.citation()).append(")\n");
        } else {
            Rule.Test test = (Rule.Test) rule;
            text.append(indent).append(test.wording()).append("(").append(test.citation()).append(")\n");
        }
    }

    private static void children(List<Rule> rules, int depth, StringBuilder text) {
        for (int i = 0; i < rules.size(); i++) {
            StringBuilder child = new StringBuilder();
            render(rules.get(i), depth + 1, child);
            String indent = "  ".repeat(depth + 1);
            text.append(indent).append(i + 1).append(". ").append(child.substring(indent.length()));
        }
    }
}

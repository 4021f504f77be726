package org.jiqitong.rules.condition;

import java.util.List;

/**
 * The whole rule as an officer or an enterprise reads it: nested and numbered, with citations. The structure is in
 * Chinese or English; each condition's wording is the officer's, as published.
 */
public final class RuleText {

    private RuleText() {
    }

    public static String render(Rule rule) {
        return render(rule, false);
    }

    public static String render(Rule rule, boolean english) {
        StringBuilder text = new StringBuilder();
        render(rule, 0, text, english);
        return text.toString().stripTrailing();
    }

    private static void render(Rule rule, int depth, StringBuilder text, boolean english) {
        String indent = "  ".repeat(depth);
        if (rule instanceof Rule.All all) {
            text.append(indent).append(english ? "All of the following:\n" : "同时满足以下全部条件:\n");
            children(all.rules(), depth, text, english);
        } else if (rule instanceof Rule.Any any) {
            text.append(indent).append(english ? "Any one of the following:\n" : "满足以下任一条件:\n");
            children(any.rules(), depth, text, english);
        } else if (rule instanceof Rule.Not not) {
            text.append(indent).append(english ? "None of the following:\n" : "不属于以下情形:\n");
            render(not.rule(), depth + 1, text, english);
        } else if (rule instanceof Rule.Expression expression) {
            text.append(indent).append(expression.wording()).append("(").append(expression.citation()).append(")\n");
        } else {
            Rule.Test test = (Rule.Test) rule;
            text.append(indent).append(test.wording()).append("(").append(test.citation()).append(")\n");
        }
    }

    private static void children(List<Rule> rules, int depth, StringBuilder text, boolean english) {
        for (int i = 0; i < rules.size(); i++) {
            StringBuilder child = new StringBuilder();
            render(rules.get(i), depth + 1, child, english);
            String indent = "  ".repeat(depth + 1);
            text.append(indent).append(i + 1).append(". ").append(child.substring(indent.length()));
        }
    }
}

package org.jiqitong.rules.condition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.catalogue.AttributeType;
import org.jiqitong.rules.catalogue.Catalogue;

/**
 * Checks a condition tree against the catalogue and types its literals. Every fault is reported with its path
 * and reason, e.g. {@code conditions.all[2].values[0]: "C99X" 不是GB/T 4754-2017行业代码}; a tree with any
 * fault is refused whole.
 */
public final class ConditionChecker {

    private static final Map<Operator, Set<AttributeType>> APPLIES = Map.of(
            Operator.EQ, EnumSet.of(AttributeType.INT, AttributeType.MONEY, AttributeType.DATE, AttributeType.CODE,
                    AttributeType.BOOL),
            Operator.IN, EnumSet.of(AttributeType.INT, AttributeType.CODE),
            Operator.RANGE, EnumSet.of(AttributeType.INT, AttributeType.MONEY, AttributeType.DATE),
            Operator.PREFIX, EnumSet.of(AttributeType.CODE),
            Operator.HAS, EnumSet.of(AttributeType.CODE_SET),
            Operator.EXISTS, EnumSet.allOf(AttributeType.class),
            Operator.CEL, EnumSet.noneOf(AttributeType.class));

    private final Catalogue catalogue;
    private final org.jiqitong.rules.formula.FormulaCompiler cel;

    public ConditionChecker(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.cel = new org.jiqitong.rules.formula.FormulaCompiler(catalogue);
    }

    /** The checked rule; throws {@link ConditionException} listing every fault. */
    public Rule check(Condition condition) {
        List<Problem> problems = new ArrayList<>();
        Rule rule = check(condition, "conditions", problems);
        if (!problems.isEmpty()) {
            throw new ConditionException(problems);
        }
        return rule;
    }

    /** Reads the stored JSON and checks it. */
    public Rule check(String json) {
        return check(ConditionJson.read(json));
    }

    private Rule check(Condition condition, String path, List<Problem> problems) {
        if (condition instanceof Condition.All all) {
            List<Rule> children = children(all.conditions(), path + ".all", problems);
            return children == null ? null : new Rule.All(children);
        }
        if (condition instanceof Condition.Any any) {
            List<Rule> children = children(any.conditions(), path + ".any", problems);
            return children == null ? null : new Rule.Any(children);
        }
        if (condition instanceof Condition.Not not) {
            Rule child = check(not.condition(), path + ".not", problems);
            return child == null ? null : new Rule.Not(child);
        }
        return leaf((Condition.Leaf) condition, path, problems);
    }

    /** The checked children, or null when any of them has a fault (all faults are still collected). */
    private List<Rule> children(List<Condition> conditions, String path, List<Problem> problems) {
        List<Rule> rules = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < conditions.size(); i++) {
            Rule rule = check(conditions.get(i), path + "[" + i + "]", problems);
            complete &= rule != null;
            rules.add(rule);
        }
        return complete ? rules : null;
    }

    private Rule leaf(Condition.Leaf leaf, String path, List<Problem> problems) {
        if (leaf.operator() == Operator.CEL) {
            return expression(leaf, path, problems);
        }
        int before = problems.size();
        Attribute attribute = catalogue.find(leaf.attribute()).orElse(null);
        if (attribute == null) {
            problems.add(new Problem(path + ".attr", "\u201c" + leaf.attribute() + "\u201d不在属性目录中"));
            return null;
        }
        if (attribute.yearly() && leaf.period() == null) {
            problems.add(new Problem(path + ".period", attribute.label() + "按年度统计,须注明年度:last(上一年度)、latest(最近年度)或年份"));
        }
        if (!attribute.yearly() && leaf.period() != null) {
            problems.add(new Problem(path + ".period", attribute.label() + "不按年度统计,不应注明年度"));
        }
        Operator op = leaf.operator();
        if (op == null) {
            problems.add(new Problem(path + ".op", "缺少运算符"));
            return null;
        }
        if (!APPLIES.get(op).contains(attribute.type())) {
            problems.add(new Problem(path + ".op", "运算符 " + op.json() + " 不适用于" + attribute.label() + "(" + attribute.type() + ")"));
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < leaf.values().size(); i++) {
            values.add(literal(attribute, op, leaf.values().get(i), path + ".values[" + i + "]", problems));
        }
        arity(op, leaf, path, problems);
        Object min = leaf.min() == null ? null : literal(attribute, op, leaf.min(), path + ".min", problems);
        Object max = leaf.max() == null ? null : literal(attribute, op, leaf.max(), path + ".max", problems);
        if (min != null && max != null && min instanceof Long lo && max instanceof Long hi && lo > hi) {
            problems.add(new Problem(path + ".max", "上限 " + hi + " 小于下限 " + lo));
        }
        if (leaf.wording() == null || leaf.citation() == null) {
            return null; // reported when the JSON was read
        }
        return problems.size() > before ? null : new Rule.Test(path, attribute, leaf.period(), op, values, min, max,
                leaf.wording(), leaf.citation());
    }

    private Rule expression(Condition.Leaf leaf, String path, List<Problem> problems) {
        if (leaf.attribute() != null || !leaf.values().isEmpty() || leaf.min() != null || leaf.max() != null) {
            problems.add(new Problem(path, "cel 条件只写 expr,不带 attr、values 或 min/max"));
        }
        try {
            var condition = cel.compileCondition(leaf.expression(), path);
            return leaf.wording() == null || leaf.citation() == null ? null
                    : new Rule.Expression(path, condition, leaf.wording(), leaf.citation());
        } catch (ConditionException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static void arity(Operator op, Condition.Leaf leaf, String path, List<Problem> problems) {
        int n = leaf.values().size();
        boolean bounds = leaf.min() != null || leaf.max() != null;
        switch (op) {
            case EQ -> {
                if (n != 1) {
                    problems.add(new Problem(path + ".value", "eq 需要恰好一个值"));
                }
            }
            case IN, PREFIX, HAS -> {
                if (n == 0) {
                    problems.add(new Problem(path + ".values", op.json() + " 需要至少一个值"));
                }
            }
            case RANGE -> {
                if (!bounds) {
                    problems.add(new Problem(path, "range 需要 min 或 max"));
                }
                if (n > 0) {
                    problems.add(new Problem(path + ".values", "range 用 min/max,不用 values"));
                }
            }
            case EXISTS -> {
                if (n > 0 || bounds) {
                    problems.add(new Problem(path, "exists 不带值"));
                }
            }
            case CEL -> {
            }
        }
        if (op != Operator.RANGE && bounds) {
            problems.add(new Problem(path + ".min", "只有 range 使用 min/max"));
        }
    }

    private static Object literal(Attribute attribute, Operator op, Object raw, String path, List<Problem> problems) {
        if (raw == null) {
            return null;
        }
        switch (attribute.type()) {
            case INT, MONEY -> {
                if (raw instanceof Long l) {
                    return l;
                }
                problems.add(new Problem(path, "\u201c" + raw + "\u201d不是整数" + (attribute.type() == AttributeType.MONEY ? "(金额以分为单位)" : "")));
            }
            case DATE -> {
                if (raw instanceof String s) {
                    var bound = DateBound.parse(s);
                    if (bound.isPresent()) {
                        return bound.get();
                    }
                }
                problems.add(new Problem(path, "\u201c" + raw + "\u201d不是日期:应为 2020-01-01,或相对评估日的 -3y、-6m、-30d"));
            }
            case BOOL -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                problems.add(new Problem(path, "\u201c" + raw + "\u201d不是布尔值 true/false"));
            }
            case CODE, CODE_SET -> {
                if (!(raw instanceof String code)) {
                    problems.add(new Problem(path, "\u201c" + raw + "\u201d不是代码字符串"));
                    return null;
                }
                var problem = op == Operator.PREFIX ? attribute.codes().branchProblem(code) : attribute.codes().problem(code);
                if (problem.isPresent()) {
                    problems.add(new Problem(path, problem.get()));
                    return null;
                }
                return code;
            }
        }
        return null;
    }
}

package org.jiqitong.rules.condition;

import java.util.List;

/**
 * A condition tree: {@code all}, {@code any} and {@code not} over leaves. The JSON form
 * ({@link ConditionJson}) is the stored source of truth; the tree is checked against the catalogue by
 * {@link ConditionChecker} before it is used.
 */
public sealed interface Condition {

    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    record Not(Condition condition) implements Condition {
    }

    /**
     * A leaf: an attribute (with a period when it is yearly), an operator and its literals, the Chinese wording
     * a person reads, and the clause it comes from. Literals are JSON scalars as written; the checker types them.
     * A {@code cel} leaf has an expression instead of an attribute.
     */
    record Leaf(String attribute, Period period, Operator operator, List<Object> values, Object min, Object max,
            String expression, String wording, Citation citation) implements Condition {
        public Leaf {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}

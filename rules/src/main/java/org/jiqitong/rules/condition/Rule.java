package org.jiqitong.rules.condition;

import java.util.List;
import org.jiqitong.rules.catalogue.Attribute;

/** A condition tree that passed the checker: every leaf knows its attribute and its typed literals. */
public sealed interface Rule {

    record All(List<Rule> rules) implements Rule {
        public All {
            rules = List.copyOf(rules);
        }
    }

    record Any(List<Rule> rules) implements Rule {
        public Any {
            rules = List.copyOf(rules);
        }
    }

    record Not(Rule rule) implements Rule {
    }

    /** A checked {@code cel} leaf. */
    record Expression(String path, org.jiqitong.rules.formula.CelCondition condition, String wording, Citation citation)
            implements Rule {
    }

    /**
     * A checked leaf. Values are typed: Long for INT and MONEY (fen), {@link DateBound} for DATE, String for
     * CODE and CODE_SET, Boolean for BOOL; {@code min}/{@code max} likewise, null when open.
     */
    record Test(String path, Attribute attribute, Period period, Operator operator, List<Object> values, Object min,
            Object max, String wording, Citation citation) implements Rule {
        public Test {
            values = List.copyOf(values);
        }
    }
}

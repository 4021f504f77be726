package org.jiqitong.bench.sweep;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jiqitong.rules.catalogue.AttributeType;
import org.jiqitong.rules.condition.DateBound;
import org.jiqitong.rules.condition.Period;
import org.jiqitong.rules.condition.Rule;

/**
 * Writes a checked rule as one boolean expression that is true exactly when the rule is met under Kleene's three
 * values (a leaf is met only when its fact is known and passes; {@code not} of an unknown stays unknown), so the
 * peers compute the same eligible sets as ours. Three dialects: Drools' constraint language (DRL), CEL and SQL
 * (DuckDB's).
 */
final class Translator {

    /** How a dialect names a variable, tests it is known, and writes a set membership. */
    interface Dialect {
        String name(String variable);

        String known(String variable, boolean alwaysKnown);

        String has(String variable, String code);

        String number(long n);

        default String and() {
            return " && ";
        }

        default String or() {
            return " || ";
        }

        default String not() {
            return "!";
        }

        default String eq() {
            return " == ";
        }

        default String string(String s) {
            return "\"" + s + "\"";
        }

        default String startsWith(String name, String prefix) {
            return name + ".startsWith(" + string(prefix) + ")";
        }
    }

    static final Dialect DRL = new Dialect() {
        @Override
        public String name(String variable) {
            StringBuilder out = new StringBuilder();
            boolean up = false;
            for (char ch : variable.toCharArray()) {
                if (ch == '_') {
                    up = true;
                } else {
                    out.append(up ? Character.toUpperCase(ch) : ch);
                    up = false;
                }
            }
            return out.toString();
        }

        @Override
        public String known(String variable, boolean alwaysKnown) {
            return alwaysKnown ? "true" : name(variable) + " != null";
        }

        @Override
        public String has(String variable, String code) {
            return name(variable) + ".contains(\"" + code + "\")";
        }

        @Override
        public String number(long n) {
            return n + "L";
        }
    };

    static final Dialect CEL = new Dialect() {
        @Override
        public String name(String variable) {
            return variable;
        }

        @Override
        public String known(String variable, boolean alwaysKnown) {
            return alwaysKnown ? "true" : "k_" + variable;
        }

        @Override
        public String has(String variable, String code) {
            return "'" + code + "' in " + variable;
        }

        @Override
        public String number(long n) {
            return Long.toString(n);
        }
    };

    /** DuckDB's SQL over one table of the same columns; code sets are {@code VARCHAR[]}. */
    static final Dialect SQL = new Dialect() {
        @Override
        public String name(String variable) {
            return variable;
        }

        @Override
        public String known(String variable, boolean alwaysKnown) {
            return alwaysKnown ? "TRUE" : variable + " IS NOT NULL";
        }

        @Override
        public String has(String variable, String code) {
            return "list_contains(" + variable + ", " + string(code) + ")";
        }

        @Override
        public String number(long n) {
            return Long.toString(n);
        }

        @Override
        public String and() {
            return " AND ";
        }

        @Override
        public String or() {
            return " OR ";
        }

        @Override
        public String not() {
            return "NOT ";
        }

        @Override
        public String eq() {
            return " = ";
        }

        @Override
        public String string(String s) {
            return "'" + s.replace("'", "''") + "'";
        }

        @Override
        public String startsWith(String name, String prefix) {
            return "starts_with(" + name + ", " + string(prefix) + ")";
        }
    };

    private final Dialect d;
    private final LocalDate asOf;

    Translator(Dialect d, LocalDate asOf) {
        this.d = d;
        this.asOf = asOf;
    }

    String met(Rule rule) {
        return expr(rule, true);
    }

    /** The variable a leaf reads: the attribute, or attribute_last / attribute_latest for a yearly one. */
    static String variable(Rule.Test t) {
        if (!t.attribute().yearly()) {
            return t.attribute().code();
        }
        if (t.period().kind() == Period.Kind.YEAR) {
            throw new IllegalArgumentException("the peers read last/latest only");
        }
        return t.attribute().code() + "_" + t.period().json();
    }

    static boolean alwaysKnown(Rule.Test t) {
        return t.attribute().type() == AttributeType.CODE_SET || t.attribute().type() == AttributeType.BOOL
                || t.attribute().code().equals("established_on");
    }

    private String expr(Rule rule, boolean met) {
        if (rule instanceof Rule.All all) {
            return join(all.rules(), met ? d.and() : d.or(), met);
        }
        if (rule instanceof Rule.Any any) {
            return join(any.rules(), met ? d.or() : d.and(), met);
        }
        if (rule instanceof Rule.Not not) {
            return expr(not.rule(), !met);
        }
        if (rule instanceof Rule.Expression) {
            throw new IllegalArgumentException("no cel leaves in the benchmark items");
        }
        Rule.Test t = (Rule.Test) rule;
        String v = variable(t);
        String known = d.known(v, alwaysKnown(t));
        if (t.operator() == org.jiqitong.rules.condition.Operator.EXISTS) {
            return met ? "(" + known + ")" : d.not() + "(" + known + ")";
        }
        return "(" + known + d.and() + (met ? "" : d.not()) + "(" + test(t, v) + "))";
    }

    private String join(List<Rule> parts, String op, boolean met) {
        return parts.stream().map(p -> expr(p, met)).collect(Collectors.joining(op, "(", ")"));
    }

    private String test(Rule.Test t, String v) {
        String name = d.name(v);
        return switch (t.operator()) {
            case EQ, IN -> t.values().stream().map(x -> name + d.eq() + literal(x)).collect(Collectors.joining(d.or()));
            case RANGE -> (t.min() == null ? "true" : name + " >= " + literal(t.min())) + d.and()
                    + (t.max() == null ? "true" : name + " <= " + literal(t.max()));
            case PREFIX -> t.values().stream().map(x -> d.startsWith(name, (String) x)).collect(Collectors.joining(d.or()));
            case HAS -> t.values().stream().map(x -> d.has(v, (String) x)).collect(Collectors.joining(d.or()));
            default -> throw new IllegalArgumentException(t.operator().toString());
        };
    }

    private String literal(Object x) {
        if (x instanceof String s) {
            return d.string(s);
        }
        if (x instanceof DateBound b) {
            return d.number(b.resolve(asOf).toEpochDay());
        }
        if (x instanceof Long l) {
            return d.number(l);
        }
        return x.toString();
    }
}

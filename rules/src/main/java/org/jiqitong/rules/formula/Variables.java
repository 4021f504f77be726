package org.jiqitong.rules.formula;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.jiqitong.rules.catalogue.Attribute;
import org.jiqitong.rules.catalogue.Catalogue;
import org.jiqitong.rules.condition.Period;
import org.jiqitong.rules.eval.Facts;

/**
 * The catalogue as CEL variables: an attribute that is not yearly by its code ({@code registered_capital}), a
 * yearly one twice, as {@code revenue_last} (上一年度) and {@code revenue_latest} (最近年度). Money is in fen.
 * Dates are not offered to formulas.
 */
final class Variables {

    /** One CEL variable: the attribute it reads and, for a yearly attribute, which year. */
    record Variable(String name, Attribute attribute, Period period, CelType type) {
        String label() {
            return period == null ? attribute.label() : period.label() + attribute.label();
        }
    }

    private final Map<String, Variable> byName = new LinkedHashMap<>();

    Variables(Catalogue catalogue) {
        for (Attribute a : catalogue.attributes()) {
            CelType type = switch (a.type()) {
                case INT, MONEY -> SimpleType.INT;
                case BOOL -> SimpleType.BOOL;
                case CODE -> SimpleType.STRING;
                case CODE_SET -> ListType.create(SimpleType.STRING);
                case DATE -> null;
            };
            if (type == null) {
                continue;
            }
            if (a.yearly()) {
                add(new Variable(a.code() + "_last", a, Period.LAST, type));
                add(new Variable(a.code() + "_latest", a, Period.LATEST, type));
            } else {
                add(new Variable(a.code(), a, null, type));
            }
        }
    }

    private void add(Variable v) {
        byName.put(v.name(), v);
    }

    Map<String, Variable> all() {
        return byName;
    }

    /** The value of a variable in these facts, as CEL wants it; null when unknown. */
    static Object value(Variable v, Facts facts) {
        Object raw;
        if (v.period() == null) {
            raw = facts.value(v.attribute().code());
        } else {
            OptionalInt year = v.period().year(facts.asOf());
            if (year.isEmpty()) {
                year = facts.latestYear(v.attribute().code());
            }
            raw = year.isEmpty() ? null : facts.value(v.attribute().code(), year.getAsInt());
        }
        if (raw instanceof java.util.Collection<?> codes) {
            return java.util.List.copyOf(codes);
        }
        return raw;
    }
}

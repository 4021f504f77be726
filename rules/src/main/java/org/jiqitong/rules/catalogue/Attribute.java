package org.jiqitong.rules.catalogue;

import java.util.Objects;

/**
 * One fact a condition can ask about (OpenFisca style): an ASCII code, its Chinese label, its type and unit,
 * whether it is per year ({@code revenue@2025}), the department that supplies it, and for codes their list.
 */
public record Attribute(String code, String label, AttributeType type, String unit, boolean yearly,
        String suppliedBy, CodeList codes) {

    public Attribute {
        Objects.requireNonNull(code);
        Objects.requireNonNull(label);
        Objects.requireNonNull(type);
        if (!code.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new IllegalArgumentException("attribute code must be lower-case ASCII: " + code);
        }
        if ((type == AttributeType.CODE || type == AttributeType.CODE_SET) && codes == null) {
            throw new IllegalArgumentException("attribute " + code + " needs a code list");
        }
    }
}

package org.jiqitong.rules.catalogue;

import java.util.List;
import java.util.Optional;

/** The codes an attribute may take: says why a code is not one, and names a code for people. */
public interface CodeList {

    /** Why {@code code} is not in the list, or empty when it is. */
    Optional<String> problem(String code);

    /** The code with its name, e.g. "C39 计算机、通信和其他电子设备制造业"; the code itself when unknown. */
    String describe(String code);

    /** Codes are hierarchical (a prefix names a branch, as GB/T 4754 "C39" does). */
    default boolean hierarchical() {
        return false;
    }

    /** Every code of a flat list, for a picker (empty for a hierarchical or open list). */
    default List<String> codes() {
        return List.of();
    }

    /**
     * The code a person meant: the code itself, or the code whose name they typed ("存续" → ACTIVE, "历城区" →
     * 370112); empty when neither.
     */
    default Optional<String> codeOf(String text) {
        if (problem(text).isEmpty()) {
            return Optional.of(text);
        }
        return codes().stream().filter(c -> describe(c).equals(text) || describe(c).endsWith(" " + text)).findFirst();
    }

    /** Why {@code prefix} names no branch of a hierarchical list (by default: why it is not a code). */
    default Optional<String> branchProblem(String prefix) {
        return problem(prefix);
    }
}

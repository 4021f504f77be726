package org.jiqitong.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Looks up a code list by the ways a feed may write an entry (its code, its Chinese wording, synonyms). */
final class Written<E> {

    private final Map<String, E> byText = new HashMap<>();

    @SafeVarargs
    Written(E[] values, Function<E, String>... wordings) {
        for (E value : values) {
            for (Function<E, String> wording : wordings) {
                byText.put(wording.apply(value), value);
            }
        }
    }

    Written<E> also(String text, E value) {
        byText.put(text, value);
        return this;
    }

    Optional<E> find(String text) {
        return Optional.ofNullable(text == null ? null : byText.get(text));
    }
}

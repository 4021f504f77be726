package org.jiqitong.rules.catalogue;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The attributes conditions may use, by code. */
public final class Catalogue {

    private final Map<String, Attribute> byCode = new LinkedHashMap<>();

    public Catalogue(Collection<Attribute> attributes) {
        for (Attribute a : attributes) {
            if (byCode.put(a.code(), a) != null) {
                throw new IllegalArgumentException("attribute listed twice: " + a.code());
            }
        }
    }

    public Optional<Attribute> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<Attribute> attributes() {
        return Collections.unmodifiableCollection(byCode.values());
    }
}

package org.jiqitong.web.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jiqitong.identity.Identity;
import org.jiqitong.registry.Registry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code ${@names.department(code)}} and {@code ${@names.source(code)}} in templates: a department's or a data
 * source's name in the reader's language, never its code (IIT, AMR) — the code only when no name is known. The
 * names are read at most once a minute.
 */
@Component("names")
class Names {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final Identity identity;
    private final Registry registry;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Map<String, String> names, long readAt) {
    }

    Names(Identity identity, Registry registry) {
        this.identity = identity;
        this.registry = registry;
    }

    public String department(String code) {
        return code == null ? "" : names("department").getOrDefault(code, code);
    }

    public String source(String code) {
        return code == null ? "" : names("source").getOrDefault(code, code);
    }

    /** The source's name without its parenthesised remit ({@code 市统计局}), for a cell of a table. */
    public String sourceShort(String code) {
        String full = source(code);
        int cut = full.indexOf('(');
        return cut > 0 ? full.substring(0, cut) : full;
    }

    private Map<String, String> names(String kind) {
        boolean en = english();
        String key = kind + (en ? "-en" : "-zh");
        Cached c = cache.get(key);
        if (c == null || System.nanoTime() - c.readAt() > FRESH.toNanos()) {
            Map<String, String> read = "department".equals(kind) ? identity.departments(en) : registry.sourceNames(en);
            c = new Cached(Map.copyOf(read), System.nanoTime());
            cache.put(key, c);
        }
        return c.names();
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}

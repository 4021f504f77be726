package org.jiqitong.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The controllers' mappings, looked up through their literal path prefixes first. Spring tries every one of the
 * platform's 230-odd mappings against a path with a variable ({@code /api/v1/entities/{uscc}/matches}), a quarter of
 * such an answer's cost (issue 12). This narrows the candidates to the mappings whose patterns' literal beginnings the
 * path starts with — a mapping outside them cannot match — and when exactly one of them matches, that is Spring's
 * answer too. Anything else (no match, several, a CORS pre-flight, a path with {@code %} or {@code ;}, which Spring
 * decodes before it compares) is Spring's own lookup, unchanged.
 */
final class PrefixIndexedMappings extends RequestMappingHandlerMapping {

    private record Entry(List<String> prefixes, RequestMappingInfo info, HandlerMethod method) {
        boolean mayMatch(String path) {
            for (String prefix : prefixes) {
                if (path.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private volatile List<Entry> index;

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        List<Entry> entries = index;
        if (entries == null) {
            entries = index();
        }
        if (entries.isEmpty() || lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0
                || CorsUtils.isPreFlightRequest(request)) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        Entry found = null;
        RequestMappingInfo matched = null;
        for (Entry e : entries) {
            if (!e.mayMatch(lookupPath)) {
                continue;
            }
            RequestMappingInfo m = getMatchingMapping(e.info(), request);
            if (m != null) {
                if (found != null) {
                    return super.lookupHandlerMethod(lookupPath, request); // several: Spring orders them
                }
                found = e;
                matched = m;
            }
        }
        if (found == null) {
            return super.lookupHandlerMethod(lookupPath, request); // Spring answers 404, 405 or 415 as it would
        }
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, found.method());
        handleMatch(matched, lookupPath, request);
        return found.method();
    }

    /** Spring's own lookup, which this one must always agree with ({@code PrefixIndexedMappingsIntegrationTest}). */
    HandlerMethod springsLookup(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, request);
    }

    private synchronized List<Entry> index() {
        if (index != null) {
            return index;
        }
        List<Entry> entries = new ArrayList<>();
        boolean indexable = getPatternParser() != null && getPatternParser().isCaseSensitive();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : getHandlerMethods().entrySet()) {
            List<String> prefixes = prefixes(m.getKey());
            if (prefixes == null) {
                indexable = false;
                break;
            }
            entries.add(new Entry(prefixes, m.getKey(), m.getValue()));
        }
        index = indexable ? List.copyOf(entries) : List.of();
        return index;
    }

    /**
     * The literal beginning of each of the mapping's patterns: a literal pattern whole, else its segments before the
     * first variable or wildcard, without the separator ({@code /a/**} and {@code /a/{*rest}} match {@code /a}).
     */
    static List<String> prefixes(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null) {
            return null;
        }
        Set<String> patterns = info.getPathPatternsCondition().getPatternValues();
        if (patterns.isEmpty()) {
            return List.of("");
        }
        List<String> prefixes = new ArrayList<>();
        for (String p : patterns) {
            int end = p.length();
            for (char c : new char[] {'{', '*', '?'}) {
                int at = p.indexOf(c);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            prefixes.add(end == p.length() ? p : p.substring(0, Math.max(0, p.lastIndexOf('/', end))));
        }
        return prefixes;
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        forget();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        forget();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        forget();
    }

    private synchronized void forget() {
        index = null;
    }
}

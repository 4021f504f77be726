package org.jiqitong.registry;

import org.jiqitong.rules.size.SizeClass;

/**
 * Criteria of a registry search; null means any. {@code text} matches a name fragment or a USCC prefix.
 * {@code industry} is a GB/T 4754 prefix (C, C39, C3911).
 */
public record EntitySearch(String text, String district, String industry, SizeClass sizeClass,
        QualificationType qualification, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public EntitySearch {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
        text = text == null || text.isBlank() ? null : text.strip();
        district = district == null || district.isBlank() ? null : district.strip();
        industry = industry == null || industry.isBlank() ? null : industry.strip().toUpperCase(java.util.Locale.ROOT);
    }
}

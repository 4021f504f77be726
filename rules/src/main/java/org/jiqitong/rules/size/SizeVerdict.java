package org.jiqitong.rules.size;

import java.util.List;

/** The size class with the industry row it was read from and one line per bound that was checked. */
public record SizeVerdict(SizeClass sizeClass, IndustryGroup group, List<String> explanation) {
    public SizeVerdict {
        explanation = List.copyOf(explanation);
    }
}

package org.jiqitong.monitoring;

import java.time.LocalDate;

/**
 * A quantitative target with where it stands: its measure (the registry's qualified entities, or readings recorded
 * from its source), the current value and the day of it, the share reached, the value expected by today on a straight
 * line from start to due, and whether it is on track (reached the expected value; after the due day, reached the
 * target).
 */
public record Target(long id, String name, String measure, long target, String unit, LocalDate startOn, LocalDate dueOn,
        String source, Long current, LocalDate currentAsOf, Double reached, Long expectedByToday, Boolean onTrack,
        boolean due) {

    /** The share reached in whole per cent (null without data). */
    public Long percent() {
        return reached == null ? null : Math.round(reached * 100);
    }

    /** The progress bar's width in per cent (at most 100). */
    public long barWidth() {
        return reached == null ? 0 : Math.min(100, Math.round(reached * 100));
    }
}

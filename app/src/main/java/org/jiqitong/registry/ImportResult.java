package org.jiqitong.registry;

import java.util.List;

/**
 * The outcome of one delivery. {@code accepted} rows landed (whether or not they changed anything),
 * {@code rejected} rows landed not at all; {@code changed} counts entities whose stored data changed.
 * {@code errors} lists up to {@link #ERRORS_SHOWN} of them; the full list is in the run's error report.
 */
public record ImportResult(long runId, long accepted, long rejected, long changed, List<ImportError> errors) {
    public static final int ERRORS_SHOWN = 1000;

    public ImportResult {
        errors = List.copyOf(errors);
    }
}

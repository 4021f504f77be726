package org.jiqitong.matching.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code matching} in the readiness group: UP either way (the stored verdicts serve while the kept state is rebuilt),
 * with {@code state} WARMING until the first full sweep since start has finished, SWEEPING while a full sweep (after a
 * bulk delivery, nightly) runs or waits, else READY.
 */
@Component("matchingHealthIndicator")
class MatchingHealth implements HealthIndicator {

    private final Sweeper sweeper;

    MatchingHealth(Sweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Override
    public Health health() {
        String state = !sweeper.ready() ? "WARMING" : sweeper.sweeping() ? "SWEEPING" : "READY";
        return Health.up().withDetail("state", state).build();
    }
}

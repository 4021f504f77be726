package org.jiqitong.matching.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code matching} in the readiness group: UP either way (the stored verdicts serve while the kept state is rebuilt),
 * with {@code state} WARMING until the first full sweep since start has finished, then READY.
 */
@Component("matchingHealthIndicator")
class MatchingHealth implements HealthIndicator {

    private final Sweeper sweeper;

    MatchingHealth(Sweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("state", sweeper.ready() ? "READY" : "WARMING").build();
    }
}

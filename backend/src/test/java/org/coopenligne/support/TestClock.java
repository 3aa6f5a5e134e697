package org.coopenligne.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coopenligne.common.TimeConfig;

/**
 * The business clock of the tests: 15 September 2025 by default (the campaign 2025-2026 is open), movable
 * by a test that needs another day. Tests that move it put it back with {@link #reset()}.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    public static final Instant DEFAULT = Instant.parse("2025-09-15T08:00:00Z");

    private volatile Instant now = DEFAULT;

    public void setDate(LocalDate date) {
        now = date.atTime(10, 0).atZone(TimeConfig.ZONE).toInstant();
    }

    public void reset() {
        now = DEFAULT;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}

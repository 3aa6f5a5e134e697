package org.coopenligne.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The one clock of business time (today's date, the campaign's dates, audit timestamps), in the French
 * time zone; tests replace it. Token lifetimes use the real time, as their verification does.
 *
 * <p>{@code coop.clock.today} (a date, e.g. 2026-11-23; never set in production) starts business time on that day at
 * the current time of day, and lets it run from there: the end-to-end journeys use it, so that the school year and
 * the campaign's dates they read on the screens do not move with the calendar.
 */
public class TimeConfig {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final Logger LOG = Logger.getLogger(TimeConfig.class);

    @Produces
    @Singleton
    Clock clock() {
        return businessClock(Clock.system(ZONE), ConfigProvider.getConfig().getOptionalValue("coop.clock.today", String.class));
    }

    /** {@code system}, or, when {@code today} names a date, {@code system} moved to that day at its time of day. */
    static Clock businessClock(Clock system, Optional<String> today) {
        if (today.isEmpty() || today.get().isBlank()) {
            return system;
        }
        LocalDate start;
        try {
            start = LocalDate.parse(today.get().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("coop.clock.today must be a date such as 2026-11-23, not " + today.get(), e);
        }
        // that day at the real time of day, in the clock's zone (whole days would shift by an hour across a change of
        // summer time, and near midnight land on the day before)
        Instant now = system.instant();
        Instant then = ZonedDateTime.of(start, LocalTime.ofInstant(now, system.getZone()), system.getZone()).toInstant();
        LOG.warnf("Business time starts on %s (coop.clock.today), not on the real date: for tests only", start);
        return Clock.offset(system, Duration.between(now, then));
    }
}

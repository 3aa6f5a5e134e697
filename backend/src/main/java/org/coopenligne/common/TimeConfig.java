package org.coopenligne.common;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of business time (today's date, the campaign's dates, audit timestamps), in the French
 * time zone; tests replace it. Token lifetimes use the real time, as their verification does.
 */
public class TimeConfig {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}

package org.coopenligne.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application, in the French time zone, so that tests can replace it. */
@ApplicationScoped
public class TimeConfig {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}

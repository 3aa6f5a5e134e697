package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.coopenligne.support.TestClock;
import org.junit.jupiter.api.Test;

class TimeConfigTest {

    private static final Clock REAL = Clock.fixed(Instant.parse("2027-10-05T14:30:00Z"), TimeConfig.ZONE);

    @Test
    void shouldRunOnTheRealDateUnlessADayIsGiven() {
        assertThat(TimeConfig.businessClock(REAL, Optional.empty())).isSameAs(REAL);
        assertThat(TimeConfig.businessClock(REAL, Optional.of(" "))).isSameAs(REAL);
    }

    @Test
    void shouldStartOnTheGivenDayAtTheRealTimeOfDayAndRunFromThere() {
        Clock business = TimeConfig.businessClock(REAL, Optional.of("2026-11-23"));

        assertThat(LocalDate.now(business)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(LocalTime.now(business)).isEqualTo(LocalTime.now(REAL));
    }

    @Test
    void shouldLetBusinessTimeRunAsRealTimeRuns() {
        TestClock real = new TestClock();
        real.setDate(LocalDate.of(2027, 10, 5));
        Clock business = TimeConfig.businessClock(real, Optional.of("2026-11-23"));
        Instant start = business.instant();

        real.setDate(LocalDate.of(2027, 10, 6));

        assertThat(Duration.between(start, business.instant())).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void shouldKeepTheDayGivenAcrossAChangeOfSummerTimeAndCloseToMidnight() {
        // 00:30 in Paris on 1 October 2027 (summer time), to a day of winter time
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2027-09-30T22:30:00Z"), TimeConfig.ZONE);

        Clock business = TimeConfig.businessClock(justAfterMidnight, Optional.of("2026-11-23"));

        assertThat(LocalDate.now(business)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(LocalTime.now(business)).isEqualTo(LocalTime.of(0, 30));
    }

    @Test
    void shouldRefuseADayItCannotRead() {
        assertThatThrownBy(() -> TimeConfig.businessClock(REAL, Optional.of("23/11/2026")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coop.clock.today");
    }
}

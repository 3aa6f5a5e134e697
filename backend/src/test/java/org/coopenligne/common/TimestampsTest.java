package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    static final Instant DEFAULT_INSTANT = Instant.parse("2025-09-03T07:30:00Z");

    @Test
    void shouldReadEveryTypeADriverGivesAsTheSameInstant() {
        assertThat(Timestamps.toInstant(DEFAULT_INSTANT)).isEqualTo(DEFAULT_INSTANT);
        assertThat(Timestamps.toInstant(OffsetDateTime.of(2025, 9, 3, 9, 30, 0, 0, ZoneOffset.ofHours(2)))).isEqualTo(DEFAULT_INSTANT);
        assertThat(Timestamps.toInstant(Timestamp.from(DEFAULT_INSTANT))).isEqualTo(DEFAULT_INSTANT);
        assertThat(Timestamps.toInstant(DEFAULT_INSTANT.atZone(ZoneId.of("Europe/Paris")))).isEqualTo(DEFAULT_INSTANT);
        assertThat(Timestamps.toInstant(LocalDateTime.of(2025, 9, 3, 7, 30))).isEqualTo(DEFAULT_INSTANT);
    }

    @Test
    void shouldKeepNullAndRefuseWhatIsNoTimestamp() {
        assertThat(Timestamps.toInstant(null)).isNull();
        assertThatThrownBy(() -> Timestamps.toInstant("2025-09-03")).isInstanceOf(IllegalStateException.class);
    }
}

package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolYearTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2025-09-01, 2025-2026",
            "2025-12-31, 2025-2026",
            "2026-01-01, 2025-2026",
            "2026-08-31, 2025-2026",
            "2026-09-01, 2026-2027",
            "2013-10-15, 2013-2014",
    })
    void shouldDeriveTheSchoolYearFromTheDate(LocalDate date, String label) {
        assertThat(SchoolYear.containing(date).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @CsvSource({"2024-2025, 2024 - 2025, 2023-2024"})
    void shouldParseAndDisplay(String label, String display, String previous) {
        SchoolYear year = SchoolYear.parse(label);
        assertThat(year.display()).isEqualTo(display);
        assertThat(year.previous().label()).isEqualTo(previous);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2025, 8, 31));
    }

    @ParameterizedTest
    @CsvSource({"2024-2026", "2024", "abcd-efgh"})
    void shouldRefuseMalformedYears(String label) {
        assertThatThrownBy(() -> SchoolYear.parse(label)).isInstanceOf(IllegalArgumentException.class);
    }
}

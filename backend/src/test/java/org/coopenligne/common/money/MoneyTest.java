package org.coopenligne.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource(delimiter = '|', value = {"1157.11 | 1\u202F157,11\u00A0€", "0 | 0,00\u00A0€", "2000 | 2\u202F000,00\u00A0€",
            "108.99 | 108,99\u00A0€", "1234567.5 | 1\u202F234\u202F567,50\u00A0€"})
    void shouldFormatTheFrenchWay(String amount, String expected) {
        assertThat(Money.of(amount).format()).isEqualTo(expected);
    }

    @Test
    void shouldRoundHalfUpOnlyWhenAsked() {
        assertThat(Money.of("0.25").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(Money.of("0.13"));
        assertThat(Money.of("0.25").multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.12"));
    }

    @Test
    void shouldRefuseMoreThanTwoDecimals() {
        assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deux décimales");
    }

    @Test
    void shouldAddExactly() {
        // 0.1 + 0.2 is 0.30, not 0.30000000000000004
        assertThat(Money.total(List.of(Money.of("0.10"), Money.of("0.20")))).isEqualTo(Money.of("0.30"));
        assertThat(Money.ofMinor(13699)).isEqualTo(Money.of("136.99"));
        assertThat(Money.of("136.99").minorAmount()).isEqualTo(13699);
    }
}

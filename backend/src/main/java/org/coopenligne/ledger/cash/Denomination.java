package org.coopenligne.ledger.cash;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The euro's notes and coins, from 500 € down to 0,01 €, in the order the count form lists them. */
public enum Denomination {
    NOTE_500("500.00"), NOTE_200("200.00"), NOTE_100("100.00"), NOTE_50("50.00"), NOTE_20("20.00"), NOTE_10("10.00"),
    NOTE_5("5.00"), COIN_2("2.00"), COIN_1("1.00"), COIN_050("0.50"), COIN_020("0.20"), COIN_010("0.10"),
    COIN_005("0.05"), COIN_002("0.02"), COIN_001("0.01");

    private final BigDecimal value;

    Denomination(String value) {
        this.value = new BigDecimal(value);
    }

    public BigDecimal value() {
        return value;
    }

    public boolean isNote() {
        return value.compareTo(BigDecimal.valueOf(5)) >= 0;
    }

    /** The denomination of that value ("20", "20.00" and "20,00" alike), if it is one. */
    public static Optional<Denomination> of(BigDecimal value) {
        return value == null ? Optional.empty()
                : Arrays.stream(values()).filter(d -> d.value.compareTo(value) == 0).findFirst();
    }
}

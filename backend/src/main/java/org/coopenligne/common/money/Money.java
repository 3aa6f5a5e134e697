package org.coopenligne.common.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amount of euros, exact to the cent: a BigDecimal of scale 2, never a binary floating point.
 * Every operation that could produce fractions of a cent takes an explicit rounding mode.
 * Serialized in JSON as a decimal number with two places (e.g. 1157.11).
 */
@Schema(type = SchemaType.NUMBER, description = "An amount in euros, exact to the cent", example = "136.99")
public final class Money implements Comparable<Money> {

    private static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /** Exactly this amount; refuses more than two decimals rather than rounding silently. */
    @JsonCreator
    public static Money of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        try {
            return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Un montant a au plus deux décimales : " + amount.toPlainString());
        }
    }

    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static Money ofMinor(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    public static Money zero() {
        return ZERO;
    }

    public static Money total(Iterable<Money> amounts) {
        Money sum = ZERO;
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(2, rounding));
    }

    public Money multipliedBy(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @JsonValue
    public BigDecimal amount() {
        return amount;
    }

    public long minorAmount() {
        return amount.movePointRight(2).longValueExact();
    }

    private static final ThreadLocal<DecimalFormat> FRENCH = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols);
    });

    /** "1 157,11 €" as French typography writes it: narrow no-break space between thousands, no-break space before €. */
    public String format() {
        return FRENCH.get().format(amount) + "\u00A0€";
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}

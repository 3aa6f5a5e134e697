package org.coopenligne.tariff;

import java.math.BigDecimal;
import java.util.List;
import org.coopenligne.common.money.Money;

/**
 * The figures of a tariff that the fee engine needs, free of persistence. Rates are per member (in
 * euros, up to 4 decimals); property and instrument rates apply to the declared value above their threshold.
 */
public record TariffTerms(
        Money cooperativeFee,
        MemberRates membership,
        boolean insuranceMandatory,
        MemberRates insurance,
        Money propertyThreshold,
        BigDecimal propertyRate,
        Money instrumentThreshold,
        BigDecimal instrumentRate,
        List<Subscription> subscriptions) {

    /** The value of the cooperative's property insured without declaring it, when the department says nothing else. */
    public static final Money DEFAULT_PROPERTY_THRESHOLD = Money.of("2000.00");

    /** The same for musical instruments. */
    public static final Money DEFAULT_INSTRUMENT_THRESHOLD = Money.of("15000.00");

    public record Subscription(long id, String name, Money price) {}
}

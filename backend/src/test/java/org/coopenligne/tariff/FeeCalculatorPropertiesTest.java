package org.coopenligne.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.coopenligne.common.money.Money;
import org.coopenligne.tariff.FeeCalculator.Declarations;

/** Properties that hold for any tariff built from the spec's components. */
class FeeCalculatorPropertiesTest {

    @Provide
    Arbitrary<TariffTerms> tariffs() {
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(4);
        Arbitrary<Money> amount = Arbitraries.longs().between(0, 100_000).map(Money::ofMinor);
        Arbitrary<RateMode> mode = Arbitraries.of(RateMode.class);
        Arbitrary<List<TariffTerms.Subscription>> subs = amount.list().ofMaxSize(3).map(prices -> {
            List<TariffTerms.Subscription> list = new java.util.ArrayList<>();
            for (int i = 0; i < prices.size(); i++) {
                list.add(new TariffTerms.Subscription(i + 1, "Revue " + i, prices.get(i)));
            }
            return list;
        });
        return Combinators.combine(amount, mode, rate, rate, rate, mode, rate, rate).as(
                (flat, mMode, m1, m2, m3, iMode, i1, i2) -> new Object[] {flat, mMode, m1, m2, m3, iMode, i1, i2})
                .flatMap(a -> Combinators.combine(rate, Arbitraries.of(true, false), subs).as((i3, mandatory, s) ->
                        new TariffTerms((Money) a[0], new MemberRates((RateMode) a[1], (BigDecimal) a[2], (BigDecimal) a[3], (BigDecimal) a[4]),
                                mandatory, new MemberRates((RateMode) a[5], (BigDecimal) a[6], (BigDecimal) a[7], i3),
                                Money.of("2000"), new BigDecimal("0.0125"), Money.of("15000"), new BigDecimal("0.008"), s)));
    }

    @Provide
    Arbitrary<Declarations> declarations() {
        Arbitrary<Money> value = Arbitraries.longs().between(0, 10_000_000).map(Money::ofMinor);
        return Combinators.combine(Arbitraries.of(true, false), value, value,
                        Arbitraries.longs().between(1, 3).set().ofMaxSize(3), Arbitraries.longs().between(0, 50_000).map(Money::ofMinor))
                .as((insured, property, instruments, subs, voluntary) ->
                        new Declarations(insured, property, instruments, Set.copyOf(subs), voluntary));
    }

    @Property
    void totalIsNeverNegative(@ForAll("tariffs") TariffTerms t, @ForAll @IntRange(max = 2000) int adults,
                              @ForAll @IntRange(max = 2000) int pupils, @ForAll("declarations") Declarations d) {
        assertThat(FeeCalculator.compute(t, adults, pupils, d).total().isNegative()).isFalse();
    }

    @Property
    void totalIsTheSumOfTheShownLines(@ForAll("tariffs") TariffTerms t, @ForAll @IntRange(max = 2000) int adults,
                                      @ForAll @IntRange(max = 2000) int pupils, @ForAll("declarations") Declarations d) {
        FeeBreakdown fee = FeeCalculator.compute(t, adults, pupils, d);
        assertThat(Money.total(fee.lines().stream().map(FeeBreakdown.Line::amount).toList())).isEqualTo(fee.total());
        assertThat(fee.lines()).allSatisfy(l -> assertThat(l.amount().amount().scale()).isEqualTo(2));
    }

    @Property
    void addingAPupilNeverLowersTheFee(@ForAll("tariffs") TariffTerms t, @ForAll @IntRange(max = 2000) int adults,
                                       @ForAll @IntRange(max = 2000) int pupils, @ForAll("declarations") Declarations d) {
        Money before = FeeCalculator.compute(t, adults, pupils, d).total();
        Money after = FeeCalculator.compute(t, adults, pupils + 1, d).total();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void addingAnAdultNeverLowersTheFee(@ForAll("tariffs") TariffTerms t, @ForAll @IntRange(max = 2000) int adults,
                                        @ForAll @IntRange(max = 2000) int pupils, @ForAll("declarations") Declarations d) {
        assertThat(FeeCalculator.compute(t, adults + 1, pupils, d).total())
                .isGreaterThanOrEqualTo(FeeCalculator.compute(t, adults, pupils, d).total());
    }
}

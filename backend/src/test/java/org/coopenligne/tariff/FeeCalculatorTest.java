package org.coopenligne.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.coopenligne.common.money.Money;
import org.coopenligne.tariff.FeeCalculator.Declarations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of SPEC.md (from the seeds), to the cent, and the rules of each component. */
class FeeCalculatorTest {

    static final Money DEFAULT_PROPERTY_THRESHOLD = Money.of("2000");
    static final Money DEFAULT_INSTRUMENT_THRESHOLD = Money.of("15000");

    static TariffTerms perMember(String flat, String rate, boolean mandatory, String insuranceRate) {
        return new TariffTerms(Money.of(flat), new MemberRates(RateMode.PER_MEMBER, new BigDecimal(rate), null, null), mandatory,
                new MemberRates(RateMode.PER_MEMBER, new BigDecimal(insuranceRate), null, null), DEFAULT_PROPERTY_THRESHOLD,
                new BigDecimal("0.01"), DEFAULT_INSTRUMENT_THRESHOLD, new BigDecimal("0.008"), List.of());
    }

    /** Seed 003, department 999, 2013-2014. */
    static TariffTerms seed003() {
        return new TariffTerms(Money.of("8.00"), new MemberRates(RateMode.SPLIT, null, new BigDecimal("1.73"), new BigDecimal("4.00")), false,
                new MemberRates(RateMode.PER_MEMBER, BigDecimal.ZERO, null, null), DEFAULT_PROPERTY_THRESHOLD, BigDecimal.ZERO,
                DEFAULT_INSTRUMENT_THRESHOLD, BigDecimal.ZERO,
                List.of(new TariffTerms.Subscription(1, "TOTO est content", Money.of("4.00")),
                        new TariffTerms.Subscription(2, "Les Coopains d'accord", Money.of("6.00"))));
    }

    @Test
    void shouldReproduceSeed003() {
        // CE1 2 adults 23 pupils, CE2 1/22, CP 1/18; insurance no; subscription to "TOTO est content"
        FeeBreakdown fee = FeeCalculator.compute(seed003(), 4, 63,
                new Declarations(false, Money.zero(), Money.zero(), Set.of(1L), Money.zero()));
        assertThat(fee.total()).isEqualTo(Money.of("136.99"));
        assertThat(fee.lines()).extracting(FeeBreakdown.Line::label, FeeBreakdown.Line::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("de la coopérative (forfait)", Money.of("8.00")),
                org.assertj.core.groups.Tuple.tuple("des élèves (63 x 1,73\u00A0€)", Money.of("108.99")),
                org.assertj.core.groups.Tuple.tuple("des enseignants (4 x 4,00\u00A0€)", Money.of("16.00")),
                org.assertj.core.groups.Tuple.tuple("Abonnement à « TOTO est content »", Money.of("4.00")),
                org.assertj.core.groups.Tuple.tuple("Abonnement à « Les Coopains d'accord »", Money.zero()),
                org.assertj.core.groups.Tuple.tuple("Participation volontaire", Money.zero()));
    }

    @Test
    void shouldReproduceSeed001() {
        // OCCE 38 2024-2025: one line "ECOLE ENTIERE", 10 adults, 165 pupils, insured
        FeeBreakdown fee = FeeCalculator.compute(perMember("0", "2.26", false, "0.25"), 10, 165,
                new Declarations(true, Money.zero(), Money.zero(), Set.of(), Money.zero()));
        assertThat(fee.total()).isEqualTo(Money.of("439.25"));
        assertThat(line(fee, "MEMBERSHIP").amount()).isEqualTo(Money.of("395.50"));
        assertThat(line(fee, "MEMBERSHIP").label()).isEqualTo("des coopérateurs (175 x 2,26\u00A0€)");
        assertThat(line(fee, "INSURANCE").amount()).isEqualTo(Money.of("43.75"));
    }

    @Test
    void shouldReproduceSeed002() {
        // OCCE 46 2024-2025: every rate 0; CM1-CM2 1/24, CE2 1/18, CE1 2/15
        FeeBreakdown fee = FeeCalculator.compute(perMember("0", "0", true, "0"), 4, 57, Declarations.none());
        assertThat(fee.total()).isEqualTo(Money.zero());
        assertThat(line(fee, "MEMBERSHIP").label()).isEqualTo("des coopérateurs (61 x 0,00\u00A0€)");
        assertThat(line(fee, "PROPERTY").note()).isEqualTo("0,00\u00A0€ est inférieur à 2\u202F000,00\u00A0€");
        assertThat(line(fee, "INSTRUMENTS").note()).isEqualTo("0,00\u00A0€ est inférieur à 15\u202F000,00\u00A0€");
    }

    @ParameterizedTest(name = "property {0} € -> {1} €")
    @CsvSource({"0, 0.00", "1999.99, 0.00", "2000, 0.00", "2000.01, 0.00", "2001, 0.01", "2050, 0.50", "12000, 100.00"})
    void shouldChargePropertyOnlyAboveTheThreshold(String declared, String expected) {
        FeeBreakdown fee = FeeCalculator.compute(perMember("0", "0", false, "0"), 0, 0,
                new Declarations(true, Money.of(declared), Money.zero(), Set.of(), Money.zero()));
        assertThat(line(fee, "PROPERTY").amount()).isEqualTo(Money.of(expected));
    }

    @ParameterizedTest(name = "instruments {0} € -> {1} €")
    @CsvSource({"15000, 0.00", "15062.50, 0.50", "20000, 40.00"})
    void shouldChargeInstrumentsOnlyAboveTheirThreshold(String declared, String expected) {
        FeeBreakdown fee = FeeCalculator.compute(perMember("0", "0", false, "0"), 0, 0,
                new Declarations(true, Money.zero(), Money.of(declared), Set.of(), Money.zero()));
        assertThat(line(fee, "INSTRUMENTS").amount()).isEqualTo(Money.of(expected));
    }

    @Test
    void shouldRoundEachLineHalfUpToTheCent() {
        // 3 × 0.125 = 0.375 -> 0.38; 1 × 0.125 = 0.125 -> 0.13
        TariffTerms t = new TariffTerms(Money.zero(), new MemberRates(RateMode.SPLIT, null, new BigDecimal("0.125"), new BigDecimal("0.125")),
                false, new MemberRates(RateMode.PER_MEMBER, BigDecimal.ZERO, null, null), DEFAULT_PROPERTY_THRESHOLD, BigDecimal.ZERO,
                DEFAULT_INSTRUMENT_THRESHOLD, BigDecimal.ZERO, List.of());
        FeeBreakdown fee = FeeCalculator.compute(t, 1, 3, Declarations.none());
        assertThat(line(fee, "MEMBERSHIP_PUPILS").amount()).isEqualTo(Money.of("0.38"));
        assertThat(line(fee, "MEMBERSHIP_ADULTS").amount()).isEqualTo(Money.of("0.13"));
        assertThat(fee.total()).isEqualTo(Money.of("0.51"));
    }

    @Test
    void shouldChargeMandatoryInsuranceEvenWhenNotDeclared() {
        FeeBreakdown fee = FeeCalculator.compute(perMember("0", "1", true, "0.25"), 0, 4, Declarations.none());
        assertThat(line(fee, "INSURANCE").amount()).isEqualTo(Money.of("1.00"));
    }

    @Test
    void shouldLeaveOutInsuranceWhenNotInsured() {
        FeeBreakdown fee = FeeCalculator.compute(perMember("0", "1", false, "0.25"), 0, 4,
                new Declarations(false, Money.of("50000"), Money.zero(), Set.of(), Money.of("10")));
        assertThat(fee.lines()).noneMatch(l -> l.section() == FeeBreakdown.Section.INSURANCE);
        assertThat(fee.total()).isEqualTo(Money.of("14.00"));
    }

    static FeeBreakdown.Line line(FeeBreakdown fee, String code) {
        return fee.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}

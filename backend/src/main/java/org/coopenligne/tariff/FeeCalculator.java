package org.coopenligne.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.coopenligne.common.money.Money;
import org.coopenligne.tariff.FeeBreakdown.Line;
import org.coopenligne.tariff.FeeBreakdown.Section;

/**
 * The fee engine: a pure function of a tariff, the members counted and the declarations. No CDI, no
 * database. Each line is rounded to the cent (half up); the total is the sum of the lines.
 */
public final class FeeCalculator {

    private FeeCalculator() {}

    /** What the cooperative declares. Values in euros; {@code insured} is forced when the tariff makes insurance mandatory. */
    public record Declarations(boolean insured, Money propertyValue, Money instrumentValue,
                               Set<Long> subscriptionIds, Money voluntaryParticipation) {

        public static Declarations none() {
            return new Declarations(false, Money.zero(), Money.zero(), Set.of(), Money.zero());
        }
    }

    public static FeeBreakdown compute(TariffTerms t, int adults, int pupils, Declarations d) {
        if (adults < 0 || pupils < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        List<Line> lines = new ArrayList<>();
        int members = adults + pupils;

        lines.add(new Line("COOPERATIVE_FEE", Section.ADHESION, "de la coopérative (forfait)", null, null, t.cooperativeFee(), null));
        perMember(lines, Section.ADHESION, "MEMBERSHIP", t.membership(), adults, pupils);

        boolean insured = d.insured() || t.insuranceMandatory();
        if (insured) {
            perMember(lines, Section.INSURANCE, "INSURANCE", t.insurance(), adults, pupils);
            aboveThreshold(lines, "PROPERTY", "des biens, propriété de la Coopérative Scolaire", d.propertyValue(),
                    t.propertyThreshold(), t.propertyRate());
            aboveThreshold(lines, "INSTRUMENTS", "des instruments de musique", d.instrumentValue(),
                    t.instrumentThreshold(), t.instrumentRate());
        }

        for (TariffTerms.Subscription s : t.subscriptions()) {
            boolean chosen = d.subscriptionIds().contains(s.id());
            lines.add(new Line("SUBSCRIPTION", Section.OTHER, "Abonnement à « " + s.name() + " »", null, null,
                    chosen ? s.price() : Money.zero(), chosen ? null : "non"));
        }
        Money voluntary = d.voluntaryParticipation() == null ? Money.zero() : d.voluntaryParticipation();
        lines.add(new Line("VOLUNTARY", Section.OTHER, "Participation volontaire", null, null, voluntary, null));

        return new FeeBreakdown(List.copyOf(lines), Money.total(lines.stream().map(Line::amount).toList()));
    }

    private static void perMember(List<Line> lines, Section section, String code, MemberRates rates, int adults, int pupils) {
        if (rates.mode() == RateMode.SPLIT) {
            lines.add(countLine(code + "_PUPILS", section, "des élèves", pupils, rates.pupilRate()));
            lines.add(countLine(code + "_ADULTS", section, "des enseignants", adults, rates.adultRate()));
        } else {
            lines.add(countLine(code, section, "des coopérateurs", adults + pupils, rates.rate()));
        }
    }

    private static Line countLine(String code, Section section, String who, int count, BigDecimal rate) {
        BigDecimal r = rate == null ? BigDecimal.ZERO : rate;
        Money amount = Money.of(r.multiply(BigDecimal.valueOf(count)).setScale(2, RoundingMode.HALF_UP));
        return new Line(code, section, who + " (" + count + " x " + rateText(r) + ")", BigDecimal.valueOf(count), r, amount, null);
    }

    private static void aboveThreshold(List<Line> lines, String code, String label, Money declared, Money threshold,
                                       BigDecimal rate) {
        Money value = declared == null ? Money.zero() : declared;
        if (!value.isGreaterThan(threshold)) {
            lines.add(new Line(code, Section.INSURANCE, label, value.amount(), rate, Money.zero(),
                    value.format() + " est inférieur à " + threshold.format()));
            return;
        }
        Money over = value.minus(threshold);
        Money amount = over.multipliedBy(rate == null ? BigDecimal.ZERO : rate, RoundingMode.HALF_UP);
        lines.add(new Line(code, Section.INSURANCE, label, value.amount(), rate, amount,
                over.format() + " au-delà de " + threshold.format()));
    }

    private static final ThreadLocal<DecimalFormat> RATE_FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00##", symbols);
    });

    /** "2,26 €" — a rate keeps up to four decimals, at least two. */
    static String rateText(BigDecimal rate) {
        return RATE_FORMAT.get().format(rate) + "\u00A0€";
    }
}

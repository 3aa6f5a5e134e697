package org.coopenligne.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.coopenligne.common.money.Money;
import org.coopenligne.ledger.HeadingKind;
import org.coopenligne.report.ReportDtos.BalanceCheck;
import org.coopenligne.report.ReportDtos.HeadingAmount;

/**
 * The financial report's arithmetic, apart from where the figures come from: income and charges from the headings,
 * and the balance check of seed 004, « report à nouveau + recettes − dépenses = relevé − chèques non débités +
 * remises non créditées + caisse ».
 */
public final class FinancialFigures {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private FinancialFigures() {}

    static BigDecimal sum(List<HeadingAmount> headings, HeadingKind kind) {
        return headings.stream().filter(h -> h.kind() == kind).map(HeadingAmount::amount).reduce(ZERO, BigDecimal::add);
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2);
    }

    /** The check, once the statement's balance is known; before, only the books' side. */
    public static BalanceCheck check(BigDecimal openingBank, BigDecimal openingCash, BigDecimal income, BigDecimal charges, BigDecimal statement,
            BigDecimal notDebited, BigDecimal notCredited, BigDecimal cash) {
        BigDecimal opening = orZero(openingBank).add(orZero(openingCash));
        BigDecimal books = opening.add(orZero(income)).subtract(orZero(charges));
        if (statement == null) {
            return new BalanceCheck(books, null, null, false, null,
                    "Saisissez le solde du relevé bancaire au 31/08 pour vérifier le Compte-Rendu Financier.");
        }
        BigDecimal treasury = statement.setScale(2).subtract(orZero(notDebited)).add(orZero(notCredited)).add(orZero(cash));
        BigDecimal gap = books.subtract(treasury);
        boolean holds = gap.signum() == 0;
        String equation = f(opening) + " + " + f(income) + " − " + f(charges) + " = " + f(books) + (holds ? " = " : " ≠ ")
                + f(statement) + " − " + f(notDebited) + " + " + f(notCredited) + " + " + f(cash)
                + (holds ? "" : " = " + f(treasury));
        String verdict = holds ? "Le Compte-Rendu Financier semble correct"
                : "Le Compte-Rendu Financier ne s'équilibre pas : écart de " + Money.of(gap.abs()).format() + " entre le cahier ("
                        + f(books) + ") et la banque et la caisse (" + f(treasury) + ").";
        return new BalanceCheck(books, treasury, gap, holds, equation, verdict);
    }

    /** « 1 150,00 »: an amount as the equation writes it (no € sign, a minus sign when negative). */
    static String f(BigDecimal amount) {
        String text = Money.of(orZero(amount).abs()).format().replace("\u00A0€", "");
        return orZero(amount).signum() < 0 ? "−" + text : text;
    }

    static List<HeadingAmount> nonZero(List<HeadingAmount> headings) {
        List<HeadingAmount> out = new ArrayList<>();
        headings.stream().filter(h -> h.amount() != null && h.amount().signum() != 0).forEach(out::add);
        return out;
    }
}

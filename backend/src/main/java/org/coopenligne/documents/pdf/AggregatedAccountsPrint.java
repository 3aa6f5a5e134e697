package org.coopenligne.documents.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** « Comptes agrégés des coopératives »: the department's summary for its general assembly and its auditor. */
final class AggregatedAccountsPrint {

    private AggregatedAccountsPrint() {}

    static void write(PageLayout l, AggregatedAccountsPrintData d) throws IOException {
        String year = FrenchFormat.schoolYear(d.schoolYear());
        l.title("Comptes agrégés des coopératives " + year, d.department().name(),
                "Édité le " + FrenchFormat.date(d.printedOn()) + " · pour l'assemblée générale et le commissaire aux comptes");

        l.section("Périmètre");
        l.paragraph(FrenchFormat.plural((int) d.validatedReports(), "compte-rendu financier validé est additionné",
                "comptes-rendus financiers validés sont additionnés") + " ici, sur " + d.cooperatives() + " coopératives du département. "
                + (d.pendingReports() > 0 ? d.pendingReports() + " envoyé(s) à l'OCCE ne sont pas encore validés ; " : "")
                + (d.notSent() > 0 ? d.notSent() + " ne sont pas encore envoyés. " : "")
                + "Les chiffres sont ceux des comptes-rendus tels que validés ; le détail par coopérative est dans l'export CSV.");

        l.section("Recettes et dépenses par rubrique");
        List<PageLayout.Row> rows = d.headings().stream()
                .map(h -> PageLayout.Row.of(h.code(), h.label(), String.valueOf(h.reports()), h.income() ? money(h.amount()) : "",
                        h.income() ? "" : money(h.amount())))
                .toList();
        l.table(List.of(new PageLayout.Column("Rubrique", 8, false), new PageLayout.Column("Libellé", 42, false),
                        new PageLayout.Column("C.R.", 7, true), new PageLayout.Column("Recettes", 13, true), new PageLayout.Column("Dépenses", 13, true)),
                rows, null, List.of(new PageLayout.Row(new String[] {"", "Total", "", money(d.income()), money(d.charges())}, true, true)));

        l.section("Bilan agrégé");
        BigDecimal opening = d.openingBank().add(d.openingCash());
        BigDecimal result = d.income().subtract(d.charges());
        BigDecimal closing = d.closingBank().add(d.closingCash());
        l.row("Report à nouveau, banque", money(d.openingBank()));
        l.row("Report à nouveau, caisse", money(d.openingCash()));
        l.row("Recettes de l'année", money(d.income()));
        l.row("Dépenses de l'année", money(d.charges()));
        l.row("Résultat de l'année", money(result), true);
        l.row("Clôture au 31/08, banque", money(d.closingBank()));
        l.row("Clôture au 31/08, caisse", money(d.closingCash()));
        BigDecimal gap = opening.add(result).subtract(closing);
        l.paragraph("Report " + money(opening) + " + résultat " + money(result) + " = " + money(opening.add(result)) + " ; clôture "
                + money(closing) + (gap.signum() == 0 ? " : les comptes agrégés s'équilibrent."
                        : " : écart cumulé de " + money(gap.abs()) + " entre les cahiers et la trésorerie des comptes-rendus validés."));

        l.section("Subventions par financeur");
        if (d.subsidies().isEmpty()) {
            l.paragraph("Aucune subvention dans les comptes-rendus validés.");
        } else {
            BigDecimal granted = d.subsidies().stream().map(AggregatedAccountsPrintData.Subsidies::granted).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal received = d.subsidies().stream().map(AggregatedAccountsPrintData.Subsidies::received).reduce(BigDecimal.ZERO, BigDecimal::add);
            l.table(List.of(new PageLayout.Column("Financeur", 30, false), new PageLayout.Column("C.R.", 8, true),
                            new PageLayout.Column("Accordé", 16, true), new PageLayout.Column("Reçu", 16, true)),
                    d.subsidies().stream().map(s -> PageLayout.Row.of(s.funder(), String.valueOf(s.reports()), money(s.granted()), money(s.received())))
                            .toList(),
                    null, List.of(new PageLayout.Row(new String[] {"Total", "", money(granted), money(received)}, true, true)));
        }
    }

    private static String money(BigDecimal amount) {
        return FrenchFormat.money(amount);
    }
}

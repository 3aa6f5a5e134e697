package org.coopenligne.documents.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/** Lays out the financial report (seed 004's « bilan simplifié ») and its quitus page for two verifiers to sign. */
final class FinancialReportPrint {

    private FinancialReportPrint() {}

    static void write(PageLayout l, FinancialReportPrintData d) throws IOException {
        CooperativeBlock coop = d.cooperative();
        String year = FrenchFormat.schoolYear(d.schoolYear());
        l.title((d.quitus() ? "Quitus — compte-rendu financier " : "Compte-Rendu Financier ") + year,
                PageLayout.joined(" · ", coop.schoolName(), coop.city(), coop.code() == null ? null : "n° " + coop.code()),
                "Édité le " + FrenchFormat.date(d.printedOn()) + " · " + d.status()
                        + (d.paperBooks() ? " · cahier papier" : " · cahier tenu sur Coopérative en ligne"));

        if (!d.quitus()) {
            l.section("Recettes et dépenses par rubrique");
            List<PageLayout.Row> rows = d.headings().stream()
                    .map(h -> PageLayout.Row.of(h.code(), h.label(), h.income() ? money(h.amount()) : "", h.income() ? "" : money(h.amount())))
                    .toList();
            l.table(List.of(new PageLayout.Column("Rubrique", 8, false), new PageLayout.Column("Libellé", 50, false),
                            new PageLayout.Column("Recettes", 12, true), new PageLayout.Column("Dépenses", 12, true)),
                    rows, null, List.of(new PageLayout.Row(new String[] {"", "Total", money(d.income()), money(d.charges())}, true, true)));

            l.section("Subventions");
            if (d.subsidies().isEmpty()) {
                l.paragraph("Aucune subvention cette année.");
            } else {
                BigDecimal granted = d.subsidies().stream().map(FinancialReportPrintData.Subsidy::granted).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal received = d.subsidies().stream().map(FinancialReportPrintData.Subsidy::received).reduce(BigDecimal.ZERO, BigDecimal::add);
                l.table(List.of(new PageLayout.Column("Financeur", 24, false), new PageLayout.Column("Objet", 34, false),
                                new PageLayout.Column("Accordé", 12, true), new PageLayout.Column("Reçu", 12, true)),
                        d.subsidies().stream().map(x -> PageLayout.Row.of(x.funder(), x.purpose(), money(x.granted()), money(x.received()))).toList(),
                        null, List.of(new PageLayout.Row(new String[] {"Total", "", money(granted), money(received)}, true, true)));
            }
        }

        l.section("Bilan simplifié au 31/08");
        l.row("Report à nouveau (banque)", money(d.openingBank()));
        l.row("Report à nouveau (caisse)", money(d.openingCash()));
        l.row("Recettes de l'année", money(d.income()));
        l.row("Dépenses de l'année", money(d.charges()));
        l.row("Résultat de l'année", money(nz(d.income()).subtract(nz(d.charges()))), true);
        l.row("Relevé bancaire au 31/08", money(d.statementBalance()));
        l.row("Non débités au 31/08", money(d.notDebited()));
        l.row("Non crédités au 31/08", money(d.notCredited()));
        l.row("Caisse au 31/08", money(d.cash()));
        if (d.equation() != null) {
            l.paragraph(d.equation());
        }
        if (d.verdict() != null) {
            l.paragraph(d.verdict());
        }

        if (d.quitus()) {
            l.section("Quitus");
            l.paragraph("Nous, soussignés, vérificateurs aux comptes, ni l'un ni l'autre mandataire de la coopérative, avons vérifié les "
                    + "comptes de l'année scolaire " + year + " : le cahier de compta. et ses pièces justificatives, le relevé bancaire au 31/08 "
                    + "et la caisse. Nous les certifions conformes et donnons quitus au mandataire pour sa gestion.");
            l.signatureBoxes(110, new String[] {
                    "Parent d'élève élu : " + blank(d.verifierParent()),
                    "Enseignant n'ayant pas tenu les comptes : " + blank(d.verifierTeacher())},
                    new String[] {"Date et signature", "Date et signature"});
            l.paragraph("À envoyer à l'OCCE avec la copie du relevé bancaire justifiant le solde au 31/08 (déposez-les sur la page "
                    + "« Compte-rendu », ou par courriel" + (d.department().email() == null ? "" : " : " + d.department().email()) + ").");
        }
    }

    private static BigDecimal nz(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static String blank(String name) {
        return name == null || name.isBlank() ? "………………………………" : name;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "—" : FrenchFormat.money(amount);
    }
}

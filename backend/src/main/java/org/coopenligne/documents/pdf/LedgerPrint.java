package org.coopenligne.documents.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Lays out the printed ledger: the entries' table with its carried-forward totals, then the totals per heading. */
final class LedgerPrint {

    private static final List<PageLayout.Column> COLUMNS = List.of(
            new PageLayout.Column("Pièce", 5.5f, false),
            new PageLayout.Column("Date", 8.5f, false),
            new PageLayout.Column("Opération", 26, false),
            new PageLayout.Column("Recette", 9, true),
            new PageLayout.Column("Dépense", 9, true),
            new PageLayout.Column("Banque", 10, true),
            new PageLayout.Column("Caisse", 9.5f, true));

    private LedgerPrint() {}

    static void write(PageLayout l, LedgerPrintData d) throws IOException {
        CooperativeBlock coop = d.cooperative();
        String year = FrenchFormat.schoolYear(d.schoolYear());
        l.title("Cahier de compta. — année scolaire " + year,
                PageLayout.joined(" · ", coop.schoolName(), coop.city(), coop.code() == null ? null : "n° " + coop.code()),
                "Édité le " + FrenchFormat.date(d.printedOn()) + " · soldes en banque et en caisse après chaque opération");

        // the body: the opening first, then the entries; the running sums give each page's carried-forward row
        List<PageLayout.Row> body = new ArrayList<>(d.lines().size() + 1);
        int n = d.lines().size() + 1;
        BigDecimal[] in = new BigDecimal[n + 1];
        BigDecimal[] outs = new BigDecimal[n + 1];
        BigDecimal[] bank = new BigDecimal[n + 1];
        BigDecimal[] cash = new BigDecimal[n + 1];
        in[0] = BigDecimal.ZERO;
        outs[0] = BigDecimal.ZERO;
        bank[0] = d.openingBank();
        cash[0] = d.openingCash();
        body.add(new PageLayout.Row(new String[] {"", "", d.openingLabel(), "", "", money(d.openingBank()), money(d.openingCash())}, false, true));
        in[1] = in[0];
        outs[1] = outs[0];
        bank[1] = bank[0];
        cash[1] = cash[0];
        for (int i = 0; i < d.lines().size(); i++) {
            LedgerPrintData.Line e = d.lines().get(i);
            body.add(PageLayout.Row.of(e.voucher() == null ? "" : String.valueOf(e.voucher()), FrenchFormat.date(e.date()),
                    e.detail() == null || e.detail().isBlank() ? e.label() : e.label() + "\n" + e.detail(),
                    e.in() == null ? "" : money(e.in()), e.out() == null ? "" : money(e.out()), money(e.bank()), money(e.cash())));
            in[i + 2] = in[i + 1].add(e.in() == null ? BigDecimal.ZERO : e.in());
            outs[i + 2] = outs[i + 1].add(e.out() == null ? BigDecimal.ZERO : e.out());
            bank[i + 2] = e.bank();
            cash[i + 2] = e.cash();
        }
        PageLayout.Carried carried = (rows, label) -> new PageLayout.Row(
                new String[] {"", "", label, money(in[rows]), money(outs[rows]), money(bank[rows]), money(cash[rows])}, true, true);
        PageLayout.Row totals = new PageLayout.Row(new String[] {"", "", "Totaux de l'année",
                money(d.income()), money(d.charges()), money(d.closingBank()), money(d.closingCash())}, true, true);
        l.table(COLUMNS, body, carried, List.of(totals));

        BigDecimal opening = d.openingBank().add(d.openingCash());
        BigDecimal closing = d.closingBank().add(d.closingCash());
        l.paragraph("Report à nouveau " + money(opening) + " + recettes " + money(d.income()) + " − dépenses " + money(d.charges())
                + " = " + money(closing) + " (banque " + money(d.closingBank()) + ", caisse " + money(d.closingCash()) + ").");

        if (!d.headings().isEmpty()) {
            l.section("Totaux par rubrique");
            List<PageLayout.Row> rows = d.headings().stream()
                    .map(h -> PageLayout.Row.of(h.code(), h.label(), h.income() ? money(h.total()) : "", h.income() ? "" : money(h.total())))
                    .toList();
            l.table(List.of(new PageLayout.Column("Rubrique", 8, false), new PageLayout.Column("Libellé", 50, false),
                            new PageLayout.Column("Recettes", 12, true), new PageLayout.Column("Dépenses", 12, true)),
                    rows, null, List.of(new PageLayout.Row(new String[] {"", "Total", money(d.income()), money(d.charges())}, true, true)));
        }
    }

    private static String money(BigDecimal amount) {
        return FrenchFormat.money(amount);
    }
}

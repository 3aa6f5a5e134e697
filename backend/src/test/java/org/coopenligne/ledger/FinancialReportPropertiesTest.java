package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coopenligne.ledger.LedgerDtos.Balances;
import org.coopenligne.report.FinancialFigures;

/**
 * The financial report's identity and the ledger agree after any year of entries (jqwik): with the ledger's income,
 * charges and cash, the bank statement that shows exactly the entries ticked by 31 August, and the entries not ticked by
 * then as « non débités » and « non crédités », the check « report à nouveau + recettes − dépenses = relevé − non débités +
 * non crédités + caisse » holds; and an entry wrongly left out of the statement makes a gap of exactly its amount
 * (what the pre-flight looks for).
 */
class FinancialReportPropertiesTest {

    private static final LocalDate END = LocalDate.of(2026, 8, 31);
    private static final List<String> CHARGES = List.of("6068", "6251", "627");
    private static final List<String> INCOMES = List.of("7562", "744", "708");

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(1, 500_000).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Provide
    Arbitrary<List<LedgerEntry>> years() {
        Arbitrary<LedgerEntry> entry = Combinators.combine(Arbitraries.of(EntryKind.class), Arbitraries.of(Treasury.class),
                amounts().list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3))
                .as((kind, treasury, parts, heading, ticked) -> {
                    LedgerEntry e = new LedgerEntry();
                    e.kind = kind;
                    e.treasury = treasury;
                    e.entryDate = END.minusDays(100);
                    BigDecimal amount = parts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                    e.amountIn = kind == EntryKind.INCOME ? amount : BigDecimal.ZERO.setScale(2);
                    e.amountOut = kind == EntryKind.INCOME ? BigDecimal.ZERO.setScale(2) : amount;
                    if (kind != EntryKind.TRANSFER) {
                        for (int i = 0; i < parts.size(); i++) {
                            LedgerEntryPart p = new LedgerEntryPart();
                            p.headingCode = (kind == EntryKind.INCOME ? INCOMES : CHARGES).get((heading + i) % 3);
                            p.amount = parts.get(i);
                            e.parts.add(p);
                        }
                    }
                    // not ticked; ticked on a statement of the year; ticked after 31 August (not seen at the report's date)
                    e.clearedOn = e.bankMovement().signum() == 0 || ticked == 0 ? null : ticked == 3 ? END.plusDays(10) : END.minusDays(ticked);
                    return e;
                });
        return entry.list().ofMaxSize(60);
    }

    /** What the August statement shows, and what it does not show yet: the report's three figures. */
    private static BigDecimal[] statement(BigDecimal openingBank, List<LedgerEntry> entries) {
        BigDecimal seen = openingBank, notDebited = BigDecimal.ZERO, notCredited = BigDecimal.ZERO;
        for (LedgerEntry e : entries) {
            BigDecimal m = e.bankMovement();
            if (e.clearedOn != null && !e.clearedOn.isAfter(END)) {
                seen = seen.add(m);
            } else if (m.signum() < 0) {
                notDebited = notDebited.add(m.negate());
            } else {
                notCredited = notCredited.add(m);
            }
        }
        return new BigDecimal[] {seen, notDebited, notCredited};
    }

    @Property
    void theCheckHoldsWithTheStatementThatShowsTheTickedEntries(@ForAll("amounts") BigDecimal bank, @ForAll("amounts") BigDecimal cash,
                                                                 @ForAll("years") List<LedgerEntry> entries) {
        LedgerBook.Run run = LedgerBook.run(new Balances(bank, cash), entries);
        BigDecimal[] s = statement(bank, entries);
        var check = FinancialFigures.check(bank, cash, run.income(), run.charges(), s[0], s[1], s[2], run.closing().cash());
        assertThat(check.holds()).as(check.equation()).isTrue();
        assertThat(check.gap()).isEqualByComparingTo(BigDecimal.ZERO);
        // the books' side is the ledger's closing, bank and cash
        assertThat(check.books()).isEqualByComparingTo(run.closing().bank().add(run.closing().cash()));
    }

    @Property
    void anEntryWronglyTickedMakesAGapOfExactlyItsAmount(@ForAll("amounts") BigDecimal bank, @ForAll("years") List<LedgerEntry> entries) {
        List<LedgerEntry> bankOnes = new ArrayList<>(entries.stream().filter(e -> e.bankMovement().signum() != 0
                && (e.clearedOn == null || e.clearedOn.isAfter(END))).toList());
        if (bankOnes.isEmpty()) {
            return;
        }
        LedgerEntry forgotten = bankOnes.get(0);
        LedgerBook.Run run = LedgerBook.run(new Balances(bank, BigDecimal.ZERO), entries);
        BigDecimal[] s = statement(bank, entries);
        // ticked in the books by mistake: no longer among the pending, but the statement never showed it
        LocalDate was = forgotten.clearedOn;
        forgotten.clearedOn = END;
        BigDecimal[] wrong = statement(bank, entries);
        forgotten.clearedOn = was;
        var check = FinancialFigures.check(bank, BigDecimal.ZERO, run.income(), run.charges(), s[0], wrong[1], wrong[2], run.closing().cash());
        assertThat(check.holds()).isFalse();
        assertThat(check.gap().abs()).isEqualByComparingTo(forgotten.bankMovement().abs());
    }
}

package org.coopenligne.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.ledger.LedgerDtos.Balances;

/**
 * The arithmetic of a year's books, apart from storage: from the opening balances, each entry moves the bank or the
 * cash box (a transfer moves both), income and charges add up, each heading totals its parts. Its identities are
 * property-tested: opening + income − charges = closing (bank + cash), and the headings' totals make the income and
 * the charges.
 */
final class LedgerBook {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private LedgerBook() {}

    /** The run of a year: the balances after each entry, in the entries' order, and the year's totals. */
    record Run(List<Balances> after, BigDecimal income, BigDecimal charges, Map<String, BigDecimal> headingTotals, Balances closing) {}

    static Run run(Balances opening, List<LedgerEntry> entries) {
        BigDecimal bank = opening.bank();
        BigDecimal cash = opening.cash();
        BigDecimal income = ZERO;
        BigDecimal charges = ZERO;
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        List<Balances> after = new ArrayList<>(entries.size());
        for (LedgerEntry e : entries) {
            if (e.kind == EntryKind.TRANSFER) {
                // out of the treasury named, into the other
                BigDecimal moved = e.amount();
                bank = e.treasury == Treasury.BANK ? bank.subtract(moved) : bank.add(moved);
                cash = e.treasury == Treasury.CASH ? cash.subtract(moved) : cash.add(moved);
            } else {
                BigDecimal signed = e.amountIn.subtract(e.amountOut);
                if (e.treasury == Treasury.BANK) {
                    bank = bank.add(signed);
                } else {
                    cash = cash.add(signed);
                }
                if (e.kind == EntryKind.INCOME) {
                    income = income.add(e.amount());
                } else {
                    charges = charges.add(e.amount());
                }
                for (LedgerEntryPart p : e.parts) {
                    totals.merge(p.headingCode, p.amount, BigDecimal::add);
                }
            }
            after.add(new Balances(bank, cash));
        }
        return new Run(after, income, charges, totals, new Balances(bank, cash));
    }
}

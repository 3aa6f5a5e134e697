package org.coopenligne.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The income and charges of each pedagogical action, and of the entries that belong to none: pure, so that the
 * property tests can check that they add up to the year's income and charges (a transfer is neither).
 */
public final class ActionTotals {

    private ActionTotals() {}

    /** Income and charges; the result is their difference. */
    public record Totals(BigDecimal income, BigDecimal charges, int entries) {
        public BigDecimal result() {
            return income.subtract(charges);
        }

        Totals plus(LedgerEntry e) {
            return switch (e.kind) {
                case INCOME -> new Totals(income.add(e.amountIn), charges, entries + 1);
                case CHARGE -> new Totals(income, charges.add(e.amountOut), entries + 1);
                case TRANSFER -> new Totals(income, charges, entries + 1);
            };
        }
    }

    public static final Totals ZERO = new Totals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0);

    /** By action id; the key {@code null} holds the entries of no action. */
    public static Map<Long, Totals> of(List<LedgerEntry> entries) {
        Map<Long, Totals> out = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            out.put(e.actionId, out.getOrDefault(e.actionId, ZERO).plus(e));
        }
        return out;
    }
}

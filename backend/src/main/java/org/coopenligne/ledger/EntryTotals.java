package org.coopenligne.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The income and charges of groups of entries (by pedagogical action, by class), the entries of no group under the
 * key {@code null}: pure, so that the property tests can check that the groups add up to the year's income and
 * charges (a transfer is neither).
 */
public final class EntryTotals {

    private EntryTotals() {}

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

        public Totals plus(Totals t) {
            return new Totals(income.add(t.income), charges.add(t.charges), entries + t.entries);
        }
    }

    public static final Totals ZERO = new Totals(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), 0);

    /** By the key each entry gives ({@code null}: the entries of no group). */
    public static Map<Long, Totals> by(List<LedgerEntry> entries, Function<LedgerEntry, Long> key) {
        Map<Long, Totals> out = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            Long k = key.apply(e);
            out.put(k, out.getOrDefault(k, ZERO).plus(e));
        }
        return out;
    }

    /** The sum of all groups: the year's. */
    public static Totals sum(Map<Long, Totals> groups) {
        return groups.values().stream().reduce(ZERO, Totals::plus);
    }

    /** By pedagogical action. */
    public static Map<Long, Totals> byAction(List<LedgerEntry> entries) {
        return by(entries, e -> e.actionId);
    }

    /** By class line of the year's adhesion. */
    public static Map<Long, Totals> byClass(List<LedgerEntry> entries) {
        return by(entries, e -> e.classLineId);
    }
}

package org.coopenligne.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.coopenligne.ledger.LedgerDtos.Balances;

/** The identities of the books, for any year of entries: money is neither made nor lost. */
class LedgerBookPropertiesTest {

    private static final List<String> CHARGES = List.of("6068", "6251", "6586");
    private static final List<String> INCOMES = List.of("7068", "744", "7541");

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(0, 500_000).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Provide
    Arbitrary<LedgerEntry> entries() {
        Arbitrary<EntryKind> kind = Arbitraries.of(EntryKind.class);
        Arbitrary<Treasury> treasury = Arbitraries.of(Treasury.class);
        Arbitrary<List<BigDecimal>> shares = amounts().list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Integer> heading = Arbitraries.integers().between(0, 2);
        Arbitrary<Long> action = Arbitraries.of(1L, 2L, 3L).injectNull(0.4);
        Arbitrary<Long> classLine = Arbitraries.of(10L, 11L).injectNull(0.5);
        return Combinators.combine(kind, treasury, shares, heading, action, classLine).as((k, t, parts, h, a, c) -> {
            LedgerEntry e = new LedgerEntry();
            e.actionId = a;
            e.classLineId = c;
            e.kind = k;
            e.treasury = t;
            BigDecimal amount = parts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
            e.amountIn = k == EntryKind.INCOME ? amount : BigDecimal.ZERO.setScale(2);
            e.amountOut = k == EntryKind.INCOME ? BigDecimal.ZERO.setScale(2) : amount;
            if (k != EntryKind.TRANSFER) {
                for (int i = 0; i < parts.size(); i++) {
                    LedgerEntryPart p = new LedgerEntryPart();
                    p.headingCode = (k == EntryKind.INCOME ? INCOMES : CHARGES).get((h + i) % 3);
                    p.amount = parts.get(i);
                    e.parts.add(p);
                }
            }
            return e;
        });
    }

    @Property
    void openingPlusIncomeMinusChargesIsTheClosing(@ForAll("amounts") BigDecimal bank, @ForAll("amounts") BigDecimal cash,
                                                   @ForAll("entryLists") List<LedgerEntry> entries) {
        LedgerBook.Run run = LedgerBook.run(new Balances(bank, cash), entries);
        BigDecimal opening = bank.add(cash);
        BigDecimal closing = run.closing().bank().add(run.closing().cash());
        assertThat(opening.add(run.income()).subtract(run.charges())).isEqualByComparingTo(closing);
    }

    @Property
    void theHeadingsTotalsMakeTheIncomeAndTheCharges(@ForAll("entryLists") List<LedgerEntry> entries) {
        LedgerBook.Run run = LedgerBook.run(new Balances(BigDecimal.ZERO, BigDecimal.ZERO), entries);
        BigDecimal incomes = run.headingTotals().entrySet().stream().filter(t -> t.getKey().startsWith("7"))
                .map(java.util.Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal charges = run.headingTotals().entrySet().stream().filter(t -> t.getKey().startsWith("6"))
                .map(java.util.Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(incomes).isEqualByComparingTo(run.income());
        assertThat(charges).isEqualByComparingTo(run.charges());
    }

    @Property
    void eachLineMovesTheBalancesByItsOwnAmountOnly(@ForAll("entryLists") List<LedgerEntry> entries) {
        LedgerBook.Run run = LedgerBook.run(new Balances(BigDecimal.ZERO, BigDecimal.ZERO), entries);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            total = total.add(e.kind == EntryKind.TRANSFER ? BigDecimal.ZERO : e.amountIn.subtract(e.amountOut));
            Balances after = run.after().get(i);
            // a transfer changes neither the sum nor, therefore, the result; the others change it by their amount
            assertThat(after.bank().add(after.cash())).isEqualByComparingTo(total);
        }
        assertThat(run.after()).hasSize(entries.size());
    }

    /** The FEC: every entry balances (debits = credits), 512 and 530 move as the books' balances, 6… and 7… make the result. */
    @Property
    void theFecBalancesEachEntryAndMatchesTheBooks(@ForAll("entryLists") List<LedgerEntry> entries) {
        LedgerBook.Run run = LedgerBook.run(new Balances(BigDecimal.ZERO, BigDecimal.ZERO), entries);
        List<Fec.Line> lines = Fec.lines(entries, java.util.Map.of());
        java.util.Map<Integer, BigDecimal> balance = new java.util.HashMap<>();
        java.util.Map<String, BigDecimal> accounts = new java.util.HashMap<>();
        for (Fec.Line l : lines) {
            balance.merge(l.number(), l.debit().subtract(l.credit()), BigDecimal::add);
            accounts.merge(l.account(), l.debit().subtract(l.credit()), BigDecimal::add);
        }
        assertThat(balance.values()).allSatisfy(b -> assertThat(b).isEqualByComparingTo("0"));
        assertThat(accounts.getOrDefault(Fec.BANK_ACCOUNT, BigDecimal.ZERO)).isEqualByComparingTo(run.closing().bank());
        assertThat(accounts.getOrDefault(Fec.CASH_ACCOUNT, BigDecimal.ZERO)).isEqualByComparingTo(run.closing().cash());
        BigDecimal charges = accounts.entrySet().stream().filter(a -> a.getKey().startsWith("6")).map(java.util.Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal income = accounts.entrySet().stream().filter(a -> a.getKey().startsWith("7")).map(java.util.Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        assertThat(charges).isEqualByComparingTo(run.charges());
        assertThat(income).isEqualByComparingTo(run.income());
        // a line is a debit or a credit, never both, never negative
        assertThat(lines).allSatisfy(l -> assertThat(l.debit().signum() >= 0 && l.credit().signum() >= 0
                && (l.debit().signum() == 0 || l.credit().signum() == 0)).isTrue());
    }

    /** The actions and the entries of no action add up to the year's income and charges: nothing counted twice or lost. */
    @Property
    void theActionsAddUpToTheYear(@ForAll("entryLists") List<LedgerEntry> entries) {
        addsUpToTheYear(entries, EntryTotals.byAction(entries));
    }

    /** Likewise the class ledgers and the entries of no class; and each class's result is the sum of its own lines. */
    @Property
    void theClassLedgersAddUpToTheYear(@ForAll("entryLists") List<LedgerEntry> entries) {
        java.util.Map<Long, EntryTotals.Totals> byClass = EntryTotals.byClass(entries);
        addsUpToTheYear(entries, byClass);
        for (var group : byClass.entrySet()) {
            BigDecimal own = entries.stream().filter(e -> java.util.Objects.equals(e.classLineId, group.getKey()))
                    .map(e -> e.amountIn.subtract(e.kind == EntryKind.TRANSFER ? BigDecimal.ZERO : e.amountOut)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(group.getValue().result()).isEqualByComparingTo(own);
        }
    }

    private static void addsUpToTheYear(List<LedgerEntry> entries, java.util.Map<Long, EntryTotals.Totals> groups) {
        LedgerBook.Run run = LedgerBook.run(new Balances(BigDecimal.ZERO, BigDecimal.ZERO), entries);
        BigDecimal income = groups.values().stream().map(EntryTotals.Totals::income).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal charges = groups.values().stream().map(EntryTotals.Totals::charges).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(income).isEqualByComparingTo(run.income());
        assertThat(charges).isEqualByComparingTo(run.charges());
        assertThat(groups.values().stream().mapToInt(EntryTotals.Totals::entries).sum()).isEqualTo(entries.size());
        assertThat(EntryTotals.sum(groups).result()).isEqualByComparingTo(run.income().subtract(run.charges()));
    }

    @Provide
    Arbitrary<List<LedgerEntry>> entryLists() {
        return entries().list().ofMaxSize(40).map(ArrayList::new);
    }
}

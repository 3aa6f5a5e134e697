package org.coopenligne.ledger.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coopenligne.adhesion.AdhesionDtos.ClassLineView;
import org.coopenligne.adhesion.AdhesionService;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.ledger.EntryKind;
import org.coopenligne.ledger.EntryTotals;
import org.coopenligne.ledger.LedgerDtos.LedgerView;
import org.coopenligne.ledger.LedgerEntry;
import org.coopenligne.ledger.LedgerEntryView;
import org.coopenligne.ledger.LedgerService;
import org.coopenligne.ledger.classes.ClassLedgerDtos.ClassLedgerView;
import org.coopenligne.ledger.classes.ClassLedgerDtos.ClassLine;
import org.coopenligne.ledger.classes.ClassLedgerDtos.ClassSummary;
import org.coopenligne.ledger.classes.ClassLedgerDtos.ClassesView;

/**
 * "Cahier de compta. classe": each class line of the year's adhesion has the entries allocated to it and its own
 * balance; with the entries of no class they add up to the cooperative's year (property-tested in EntryTotals).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClassLedgerService {

    @Inject CooperativeService cooperatives;
    @Inject AdhesionService adhesions;
    @Inject LedgerService ledger;
    @Inject Clock clock;

    public ClassesView list(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        List<ClassLineView> lines = adhesions.classLines(cooperativeId, y);
        List<LedgerEntry> entries = LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, y.label()).list();
        Map<Long, EntryTotals.Totals> totals = EntryTotals.byClass(entries);
        List<ClassSummary> classes = lines.stream().map(l -> summary(l, totals.getOrDefault(l.id(), EntryTotals.ZERO))).toList();
        EntryTotals.Totals all = EntryTotals.sum(totals);
        return new ClassesView(y.label(), !lines.isEmpty(), classes,
                summary(null, totals.getOrDefault(null, EntryTotals.ZERO)), all.income(), all.charges(), all.result());
    }

    /** One class's ledger: its entries (from the year's ledger, so with their headings' labels) and its balance after each. */
    public ClassLedgerView classLedger(long cooperativeId, long classLineId, SchoolYear year) {
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        LedgerView book = ledger.ledger(cooperativeId, y); // access check
        ClassLineView line = adhesions.classLines(cooperativeId, y).stream().filter(l -> l.id() == classLineId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Cette classe n'est pas sur l'adhésion " + y.display() + " de la coopérative."));
        BigDecimal balance = EntryTotals.ZERO.income();
        BigDecimal income = balance;
        BigDecimal charges = balance;
        List<ClassLine> out = new ArrayList<>();
        for (var l : book.lines()) {
            LedgerEntryView e = l.entry();
            if (!Objects.equals(e.classLineId(), classLineId)) {
                continue;
            }
            if (e.kind() == EntryKind.INCOME) {
                income = income.add(e.amountIn());
                balance = balance.add(e.amountIn());
            } else if (e.kind() == EntryKind.CHARGE) {
                charges = charges.add(e.amountOut());
                balance = balance.subtract(e.amountOut());
            }
            out.add(new ClassLine(e, balance));
        }
        return new ClassLedgerView(y.label(), summary(line, new EntryTotals.Totals(income, charges, out.size())), out);
    }

    private static ClassSummary summary(ClassLineView l, EntryTotals.Totals t) {
        return l == null
                ? new ClassSummary(null, "Sans classe", null, null, t.income(), t.charges(), t.result(), t.entries())
                : new ClassSummary(l.id(), l.className(), l.teachers(), l.pupils(), t.income(), t.charges(), t.result(), t.entries());
    }
}

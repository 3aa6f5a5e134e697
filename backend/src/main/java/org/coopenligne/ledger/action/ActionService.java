package org.coopenligne.ledger.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.ledger.KeptRecords;
import org.coopenligne.ledger.EntryTotals;
import org.coopenligne.ledger.LedgerAction;
import org.coopenligne.ledger.LedgerEntry;
import org.coopenligne.ledger.action.ActionDtos.ActionRequest;
import org.coopenligne.ledger.action.ActionDtos.ActionView;
import org.coopenligne.ledger.action.ActionDtos.ActionsView;

/** "Actions péda.": the projects of a year; each one's income, charges and result from its entries. */
@ApplicationScoped
public class ActionService {

    @Inject CooperativeService cooperatives;
    @Inject KeptRecords records;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionsView list(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        List<LedgerAction> actions = LedgerAction.<LedgerAction>find("cooperativeId = ?1 and schoolYear = ?2 order by name", cooperativeId, y.label()).list();
        List<LedgerEntry> entries = LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, y.label()).list();
        Map<Long, EntryTotals.Totals> totals = EntryTotals.byAction(entries);
        List<ActionView> views = actions.stream().map(a -> view(a, totals.getOrDefault(a.id, EntryTotals.ZERO))).toList();
        EntryTotals.Totals none = totals.getOrDefault(null, EntryTotals.ZERO);
        EntryTotals.Totals all = EntryTotals.sum(totals);
        return new ActionsView(y.label(), views, new ActionView(null, "Sans action", none.income(), none.charges(), none.result(), none.entries(), null),
                all.income(), all.charges(), all.result());
    }

    private static final KeptRecords.Kind<LedgerAction> KIND = new KeptRecords.Kind<>(LedgerAction.class, "LedgerAction",
            AuditAction.LEDGER_ACTION_CREATED, AuditAction.LEDGER_ACTION_UPDATED, AuditAction.LEDGER_ACTION_DELETED,
            "Cette action n'existe pas (ou plus).", "Seul le mandataire de la coopérative tient ses actions pédagogiques.",
            a -> a.id, a -> a.cooperativeId, a -> a.version);

    @Transactional
    public ActionView create(long cooperativeId, ActionRequest r) {
        LedgerAction a = new LedgerAction();
        a.cooperativeId = cooperativeId;
        return records.create(KIND, cooperativeId, a, x -> {
            x.schoolYear = SchoolYears.parse(r.schoolYear()).label();
            x.name = uniqueName(cooperativeId, x.schoolYear, r.name(), null);
        }, x -> view(x, EntryTotals.ZERO));
    }

    /** Renamed (what the trail keeps: the name before and after); answers the action with its totals. */
    @Transactional
    public ActionView rename(long actionId, int version, ActionRequest r) {
        LedgerAction a = records.load(KIND, actionId);
        records.update(KIND, a, version, x -> x.name = uniqueName(x.cooperativeId, x.schoolYear, r.name(), x.id), x -> Map.of("name", x.name));
        List<LedgerEntry> entries = LedgerEntry.<LedgerEntry>find("actionId", a.id).list();
        return view(a, EntryTotals.byAction(entries).getOrDefault(a.id, EntryTotals.ZERO));
    }

    /** Deleted: its entries stay in the ledger, with no action. */
    @Transactional
    public void delete(long actionId, int version) {
        records.delete(KIND, records.load(KIND, actionId), version, x -> Map.of("name", x.name),
                x -> LedgerEntry.update("actionId = null where actionId = ?1", x.id));
    }

    private static String uniqueName(long cooperativeId, String year, String name, Long self) {
        String n = name.trim();
        long same = LedgerAction.count("cooperativeId = ?1 and schoolYear = ?2 and lower(name) = lower(?3) and id <> ?4", cooperativeId, year, n,
                self == null ? -1L : self);
        if (same > 0) {
            throw ProblemException.invalidField("name", "L'action « " + n + " » existe déjà en " + SchoolYear.parse(year).display() + ".");
        }
        return n;
    }

    private static ActionView view(LedgerAction a, EntryTotals.Totals t) {
        return new ActionView(a.id, a.name, t.income(), t.charges(), t.result(), t.entries(), a.version);
    }

}

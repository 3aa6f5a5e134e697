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
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.ledger.EntryTotals;
import org.coopenligne.ledger.LedgerAction;
import org.coopenligne.ledger.LedgerEntry;
import org.coopenligne.ledger.action.ActionDtos.ActionRequest;
import org.coopenligne.ledger.action.ActionDtos.ActionView;
import org.coopenligne.ledger.action.ActionDtos.ActionsView;

/** "Actions péda.": the projects of a year; each one's income, charges and result from its entries. */
@ApplicationScoped
public class ActionService {

    @Inject
    CooperativeService cooperatives;

    @Inject
    Access access;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

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

    @Transactional
    public ActionView create(long cooperativeId, ActionRequest r) {
        CooperativeView c = requireMandataire(cooperativeId);
        SchoolYear y = SchoolYears.parse(r.schoolYear());
        LedgerAction a = new LedgerAction();
        a.cooperativeId = cooperativeId;
        a.schoolYear = y.label();
        a.name = uniqueName(cooperativeId, y.label(), r.name(), null);
        a.persist();
        LedgerAction.getEntityManager().flush();
        ActionView view = view(a, EntryTotals.ZERO);
        audit.record(new AuditService.Change(AuditAction.LEDGER_ACTION_CREATED, "LedgerAction", a.id, c.departmentId(), cooperativeId, null, view));
        return view;
    }

    @Transactional
    public ActionView rename(long actionId, int version, ActionRequest r) {
        LedgerAction a = load(actionId);
        CooperativeView c = requireMandataire(a.cooperativeId);
        if (a.version != version) {
            throw ProblemException.staleVersion();
        }
        String before = a.name;
        a.name = uniqueName(a.cooperativeId, a.schoolYear, r.name(), a.id);
        LedgerAction.getEntityManager().flush();
        audit.record(new AuditService.Change(AuditAction.LEDGER_ACTION_UPDATED, "LedgerAction", a.id, c.departmentId(), a.cooperativeId,
                Map.of("name", before), Map.of("name", a.name)));
        List<LedgerEntry> entries = LedgerEntry.<LedgerEntry>find("actionId", a.id).list();
        return view(a, EntryTotals.byAction(entries).getOrDefault(a.id, EntryTotals.ZERO));
    }

    /** Deleted: its entries stay in the ledger, with no action. */
    @Transactional
    public void delete(long actionId, int version) {
        LedgerAction a = load(actionId);
        CooperativeView c = requireMandataire(a.cooperativeId);
        if (a.version != version) {
            throw ProblemException.staleVersion();
        }
        LedgerEntry.update("actionId = null where actionId = ?1", a.id);
        a.delete();
        audit.record(new AuditService.Change(AuditAction.LEDGER_ACTION_DELETED, "LedgerAction", actionId, c.departmentId(), a.cooperativeId,
                Map.of("name", a.name), null));
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

    private LedgerAction load(long actionId) {
        LedgerAction a = LedgerAction.findById(actionId);
        if (a == null) {
            throw ProblemException.notFound("Cette action n'existe pas (ou plus).");
        }
        return a;
    }

    private CooperativeView requireMandataire(long cooperativeId) {
        CooperativeView c = cooperatives.get(cooperativeId); // 403 for another cooperative
        if (!access.current().isMandataire()) {
            throw ProblemException.forbidden("Seul le mandataire de la coopérative tient ses actions pédagogiques.");
        }
        return c;
    }
}

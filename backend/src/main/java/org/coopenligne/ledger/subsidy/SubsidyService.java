package org.coopenligne.ledger.subsidy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.ledger.KeptRecords;
import org.coopenligne.ledger.EntryKind;
import org.coopenligne.ledger.LedgerEntry;
import org.coopenligne.ledger.subsidy.SubsidyDtos.Receipt;
import org.coopenligne.ledger.subsidy.SubsidyDtos.SubsidiesView;
import org.coopenligne.ledger.subsidy.SubsidyDtos.SubsidyRequest;
import org.coopenligne.ledger.subsidy.SubsidyDtos.SubsidyView;

/**
 * "Les subventions": the subsidies granted to the cooperative, each linked to the income entries that received it;
 * received and still expected are computed from those entries. The mandataire keeps them; staff read.
 */
@ApplicationScoped
public class SubsidyService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @Inject CooperativeService cooperatives;
    @Inject KeptRecords records;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubsidiesView list(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        List<Subsidy> all = Subsidy.<Subsidy>find("cooperativeId = ?1 and schoolYear = ?2 order by decidedOn, id", cooperativeId, y.label()).list();
        List<Long> ids = all.stream().flatMap(s -> s.entryIds.stream()).toList();
        Map<Long, LedgerEntry> entries = new HashMap<>();
        if (!ids.isEmpty()) {
            LedgerEntry.<LedgerEntry>find("id in ?1", ids).list().forEach(e -> entries.put(e.id, e));
        }
        List<SubsidyView> views = all.stream().map(s -> view(s, entries)).toList();
        BigDecimal granted = views.stream().map(SubsidyView::amountGranted).reduce(ZERO, BigDecimal::add);
        BigDecimal received = views.stream().map(SubsidyView::received).reduce(ZERO, BigDecimal::add);
        BigDecimal expected = views.stream().map(SubsidyView::expected).reduce(ZERO, BigDecimal::add);
        return new SubsidiesView(y.label(), views, granted, received, expected);
    }

    private static final KeptRecords.Kind<Subsidy> KIND = new KeptRecords.Kind<>(Subsidy.class, "Subsidy",
            AuditAction.SUBSIDY_CREATED, AuditAction.SUBSIDY_UPDATED, AuditAction.SUBSIDY_DELETED,
            "Cette subvention n'existe pas (ou plus).", "Seul le mandataire de la coopérative tient la liste de ses subventions.",
            s -> s.id, s -> s.cooperativeId, s -> s.version);

    @Transactional
    public SubsidyView create(long cooperativeId, SubsidyRequest r) {
        Subsidy s = new Subsidy();
        s.cooperativeId = cooperativeId;
        return records.create(KIND, cooperativeId, s, x -> apply(x, r), this::view);
    }

    @Transactional
    public SubsidyView update(long subsidyId, int version, SubsidyRequest r) {
        return records.update(KIND, records.load(KIND, subsidyId), version, x -> apply(x, r), this::view);
    }

    @Transactional
    public void delete(long subsidyId, int version) {
        records.delete(KIND, records.load(KIND, subsidyId), version, this::view, x -> { });
    }

    /** The request's rules: the receipts are the cooperative's income entries, each funding one subsidy at most. */
    private void apply(Subsidy s, SubsidyRequest r) {
        List<Long> ids = r.entryIds() == null ? List.of() : r.entryIds();
        for (int i = 0; i < ids.size(); i++) {
            String field = "entryIds[" + i + "]";
            Long id = ids.get(i);
            LedgerEntry e = id == null ? null : LedgerEntry.findById(id);
            if (e == null || !e.cooperativeId.equals(s.cooperativeId)) {
                throw ProblemException.invalidField(field, "Cette opération n'est pas dans le cahier de la coopérative.");
            }
            if (e.kind != EntryKind.INCOME) {
                throw ProblemException.invalidField(field, "L'opération n° " + e.voucherNumber + " (« " + e.label
                        + " ») n'est pas une recette : une subvention se reçoit en recette.");
            }
            Subsidy other = Subsidy.<Subsidy>find("select s from Subsidy s join s.entryIds e where e = ?1 and s.id <> ?2", id,
                    s.id == null ? -1L : s.id).firstResult();
            if (other != null) {
                throw ProblemException.invalidField(field, "L'opération n° " + e.voucherNumber + " a déjà reçu la subvention « "
                        + other.funderName + " — " + other.purpose + " ».");
            }
        }
        s.funderType = r.funderType();
        s.funderName = r.funderName().trim();
        s.purpose = r.purpose().trim();
        s.amountGranted = r.amountGranted().setScale(2);
        s.decidedOn = r.decidedOn();
        s.schoolYear = SchoolYear.containing(r.decidedOn()).label();
        s.entryIds.clear();
        s.entryIds.addAll(new LinkedHashSet<>(ids));
        s.updatedAt = clock.instant();
    }

    private SubsidyView view(Subsidy s) {
        Map<Long, LedgerEntry> entries = new HashMap<>();
        if (!s.entryIds.isEmpty()) {
            LedgerEntry.<LedgerEntry>find("id in ?1", List.copyOf(s.entryIds)).list().forEach(e -> entries.put(e.id, e));
        }
        return view(s, entries);
    }

    private static SubsidyView view(Subsidy s, Map<Long, LedgerEntry> entries) {
        List<Receipt> receipts = new ArrayList<>();
        BigDecimal received = ZERO;
        for (Long id : s.entryIds) {
            LedgerEntry e = entries.get(id);
            if (e != null) {
                receipts.add(new Receipt(e.id, e.voucherNumber, e.entryDate, e.label, e.amountIn));
                received = received.add(e.amountIn);
            }
        }
        receipts.sort(java.util.Comparator.comparing(Receipt::date).thenComparing(Receipt::entryId));
        BigDecimal expected = s.amountGranted.subtract(received).max(ZERO);
        return new SubsidyView(s.id, s.schoolYear, s.funderType, s.funderName, s.purpose, s.amountGranted, s.decidedOn, receipts, received, expected,
                s.version);
    }

}

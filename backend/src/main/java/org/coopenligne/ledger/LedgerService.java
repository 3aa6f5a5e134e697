package org.coopenligne.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.AdhesionService;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;

/** The cooperative's ledger; for now its first entry, the adhesion's payment written with one click (seeds 001, 003). */
@ApplicationScoped
@Transactional
public class LedgerService {

    public static final String HEADING_OCCE_FEES = "Cotisations OCCE";

    @Inject
    AdhesionService adhesions;

    @Inject
    CooperativeService cooperatives;

    @Inject
    Access access;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    /** "Pour que cette opération soit écrite maintenant dans le cahier de comptes": once, after validation. */
    public LedgerEntryView recordAdhesionPayment(long adhesionId) {
        AdhesionView a = adhesions.view(adhesionId);
        if (!access.current().isMandataire()) {
            throw ProblemException.forbidden("Seul le mandataire de la coopérative écrit dans son cahier de comptes.");
        }
        if (a.status() != AdhesionStatus.VALIDATED) {
            throw ProblemException.conflict("adhesion-not-validated",
                    "Le paiement pourra être écrit dans le cahier de comptes une fois l'adhésion validée par l'OCCE.");
        }
        if (LedgerEntry.count("adhesionId", adhesionId) > 0) {
            throw ProblemException.conflict("ledger-entry-exists", "Ce paiement est déjà écrit dans le cahier de comptes.");
        }
        BigDecimal paid = a.review().paymentAmount() != null ? a.review().paymentAmount() : a.submittedAmount();
        LedgerEntry e = new LedgerEntry();
        e.cooperativeId = a.cooperativeId();
        e.schoolYear = a.schoolYear();
        e.entryDate = a.review().paymentDate() != null ? a.review().paymentDate() : LocalDate.now(clock);
        e.label = "Cotisation OCCE " + SchoolYear.parse(a.schoolYear()).display()
                + (a.declarations().insured() ? " (adhésion et assurance)" : " (adhésion)");
        e.heading = HEADING_OCCE_FEES;
        e.amountOut = paid == null ? BigDecimal.ZERO.setScale(2) : paid;
        e.paymentMeans = a.review().paymentMethod() != null ? a.review().paymentMethod() : a.declarations().paymentMeans();
        e.adhesionId = adhesionId;
        e.createdAt = clock.instant();
        e.persist();
        LedgerEntryView view = view(e);
        audit.record(new AuditService.Change(AuditAction.LEDGER_ENTRY_CREATED, "LedgerEntry", e.id, departmentOf(a), a.cooperativeId(), null, view));
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<LedgerEntryView> list(long cooperativeId, SchoolYear year, int page, int size) {
        cooperatives.get(cooperativeId); // access check
        year = year == null ? SchoolYears.current(clock) : year;
        var query = LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and schoolYear = ?2 order by entryDate, id", cooperativeId, year.label());
        return PageView.of(query.page(page, size).stream().map(LedgerService::view).toList(), page, size, query.count());
    }

    private Long departmentOf(AdhesionView a) {
        return cooperatives.find(a.cooperativeId()).map(CooperativeView::departmentId).orElse(null);
    }

    static LedgerEntryView view(LedgerEntry e) {
        return new LedgerEntryView(e.id, e.schoolYear, e.entryDate, e.label, e.heading, e.amountIn, e.amountOut, e.paymentMeans, e.adhesionId);
    }
}

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

    private static final java.time.format.DateTimeFormatter FRENCH_DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    /**
     * "Pour que cette opération soit écrite maintenant dans le cahier de comptes": once, after validation, with the
     * means, cheque number and voucher number the mandataire confirmed.
     */
    public LedgerEntryView recordAdhesionPayment(long adhesionId, PaymentEntryRequest r) {
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
        SchoolYear year = SchoolYear.parse(a.schoolYear());
        if (r.means() == LedgerMeans.CHEQUE && (r.chequeNumber() == null || r.chequeNumber().isBlank())) {
            throw ProblemException.invalidField("chequeNumber", "Indiquez le numéro du chèque.");
        }
        if (LedgerEntry.count("cooperativeId = ?1 and schoolYear = ?2 and voucherNumber = ?3", a.cooperativeId(), a.schoolYear(),
                r.voucherNumber()) > 0) {
            throw ProblemException.invalidField("voucherNumber", "La pièce n° " + r.voucherNumber() + " est déjà dans le cahier "
                    + year.display() + " : le prochain numéro libre est " + nextVoucherNumber(a.cooperativeId(), year) + ".");
        }
        LocalDate date = r.date() != null ? r.date()
                : a.review().paymentDate() != null ? a.review().paymentDate() : LocalDate.now(clock);
        if (date.isBefore(year.firstDay()) || date.isAfter(year.lastDay())) {
            throw ProblemException.invalidField("date", "La date doit être dans l'année scolaire " + year.display() + " (du "
                    + FRENCH_DATE.format(year.firstDay()) + " au " + FRENCH_DATE.format(year.lastDay()) + ").");
        }
        BigDecimal paid = a.review().paymentAmount() != null ? a.review().paymentAmount() : a.submittedAmount();
        LedgerEntry e = new LedgerEntry();
        e.cooperativeId = a.cooperativeId();
        e.schoolYear = a.schoolYear();
        e.entryDate = date;
        e.voucherNumber = r.voucherNumber();
        e.chequeNumber = r.means() == LedgerMeans.CHEQUE ? r.chequeNumber().trim() : null;
        e.label = "Cotisation OCCE " + SchoolYear.parse(a.schoolYear()).display()
                + (a.declarations().insured() ? " (adhésion et assurance)" : " (adhésion)");
        e.heading = HEADING_OCCE_FEES;
        e.amountOut = paid == null ? BigDecimal.ZERO.setScale(2) : paid;
        e.paymentMeans = r.means();
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

    /** The numbers the entry form suggests: the year's next voucher, the cheque after the last one written. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NextNumbersView nextNumbers(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        year = year == null ? SchoolYears.current(clock) : year;
        String lastCheque = LedgerEntry.<LedgerEntry>find("cooperativeId = ?1 and chequeNumber is not null order by id desc", cooperativeId)
                .firstResultOptional().map(e -> e.chequeNumber).orElse(null);
        return new NextNumbersView(nextVoucherNumber(cooperativeId, year), nextCheque(lastCheque));
    }

    private static int nextVoucherNumber(long cooperativeId, SchoolYear year) {
        Number max = LedgerEntry.getEntityManager().createQuery("select coalesce(max(e.voucherNumber), 0) from LedgerEntry e"
                + " where e.cooperativeId = ?1 and e.schoolYear = ?2", Number.class)
                .setParameter(1, cooperativeId).setParameter(2, year.label()).getSingleResult();
        return max.intValue() + 1;
    }

    /** "0001234" → "0001235": the next cheque of the book, its leading zeros kept. */
    static String nextCheque(String last) {
        if (last == null || !last.matches("[0-9]{1,20}")) {
            return null;
        }
        String next = new java.math.BigInteger(last).add(java.math.BigInteger.ONE).toString();
        return next.length() >= last.length() ? next : "0".repeat(last.length() - next.length()) + next;
    }

    private Long departmentOf(AdhesionView a) {
        return cooperatives.find(a.cooperativeId()).map(CooperativeView::departmentId).orElse(null);
    }

    static LedgerEntryView view(LedgerEntry e) {
        return new LedgerEntryView(e.id, e.schoolYear, e.entryDate, e.label, e.heading, e.amountIn, e.amountOut, e.paymentMeans,
                e.voucherNumber, e.chequeNumber, e.adhesionId);
    }
}

package org.coopenligne.ledger.voucher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.documents.DocumentService;
import org.coopenligne.documents.DocumentView;
import org.coopenligne.ledger.LedgerEntry;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The vouchers of the ledger ("pièces justificatives"): a photo or scan of a receipt attached to an entry, stored as
 * the other uploads are (checked by content: PDF, JPEG or PNG; bounded; hashed; audited). The mandataire attaches them;
 * the cooperative and its department's staff read them.
 */
@ApplicationScoped
public class VoucherService {

    /** More than enough for one operation's receipts; keeps a mistaken loop from filling the storage. */
    static final int MAX_PER_ENTRY = 10;

    @Schema(name = "EntryVouchers", description = "The vouchers of one ledger entry")
    public record EntryVouchers(long entryId, List<DocumentView> documents) {}

    @Inject DocumentService documents;
    @Inject CooperativeService cooperatives;
    @Inject Access access;
    @Inject Clock clock;

    @Transactional
    public DocumentView attach(long entryId, FileUpload upload) {
        LedgerEntry e = LedgerEntry.findById(entryId);
        if (e == null) {
            throw ProblemException.notFound("Cette opération n'existe pas (ou plus).");
        }
        CooperativeView c = cooperatives.get(e.cooperativeId); // 403 for another cooperative
        if (!access.current().isMandataire()) {
            throw ProblemException.forbidden("Seul le mandataire de la coopérative joint les pièces de son cahier.");
        }
        if (documents.ofEntries(List.of(entryId)).getOrDefault(entryId, List.of()).size() >= MAX_PER_ENTRY) {
            throw ProblemException.invalidField("file", "Cette opération a déjà " + MAX_PER_ENTRY + " pièces justificatives : c'est le maximum.");
        }
        return documents.uploadVoucher(c, entryId, upload);
    }

    /** The vouchers of a year's entries, by entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntryVouchers> ofYear(long cooperativeId, SchoolYear year) {
        cooperatives.get(cooperativeId); // access check
        SchoolYear y = year == null ? SchoolYears.current(clock) : year;
        List<Long> ids = LedgerEntry.getEntityManager()
                .createQuery("select e.id from LedgerEntry e where e.cooperativeId = ?1 and e.schoolYear = ?2", Long.class)
                .setParameter(1, cooperativeId).setParameter(2, y.label()).getResultList();
        Map<Long, List<DocumentView>> byEntry = documents.ofEntries(ids);
        return byEntry.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(x -> new EntryVouchers(x.getKey(), x.getValue())).toList();
    }
}

package org.coopenligne.documents;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.coopenligne.adhesion.AdhesionDtos.AdhesionView;
import org.coopenligne.adhesion.AdhesionService;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.error.Problem;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.cooperative.CooperativeService;
import org.coopenligne.cooperative.CooperativeView;
import org.coopenligne.documents.storage.DocumentStorage;
import org.coopenligne.documents.storage.StorageConfig;
import org.coopenligne.documents.storage.StoredFile;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Uploaded documents: the bytes go to the {@link DocumentStorage} (checked by content, bounded, hashed, streamed),
 * the record to the database; only the cooperative and its department's staff read them.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    /** A file to send back: streamed from the storage. */
    public record Download(String name, String contentType, long size, InputStream content) {}

    @Inject DocumentStorage storage;
    @Inject StorageConfig storageConfig;
    @Inject AdhesionService adhesions;
    @Inject CooperativeService cooperatives;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject TransactionSynchronizationRegistry transactions;
    @Inject Clock clock;

    /** The mandataire (or staff for them) uploads the signed engagement; a newer one replaces the older. */
    public DocumentView uploadEngagement(long adhesionId, FileUpload upload) {
        AdhesionView adhesion = adhesions.view(adhesionId);
        if (adhesion.status() == AdhesionStatus.VALIDATED) {
            throw ProblemException.conflict("adhesion-validated",
                    "L'adhésion est validée : l'engagement ne peut plus être remplacé. Contactez votre OCCE.");
        }
        CooperativeView coop = cooperatives.get(adhesion.cooperativeId());
        StoredDocument d = store(DocumentKind.ENGAGEMENT, coop, adhesionId, null, upload);
        StoredDocument.update("replacedAt = ?1 where adhesionId = ?2 and kind = ?3 and replacedAt is null and id <> ?4",
                d.uploadedAt, adhesionId, DocumentKind.ENGAGEMENT, d.id);
        adhesions.attachEngagement(adhesionId, d.id);
        return view(d);
    }

    /** For the change-of-mandataire request: one of its papers. The caller checked access. */
    public DocumentView uploadForChange(DocumentKind kind, CooperativeView coop, long changeId, FileUpload upload) {
        return view(store(kind, coop, null, changeId, upload));
    }

    /** A voucher of a ledger entry (a photo or scan of the receipt). The caller checked the entry and who writes. */
    public DocumentView uploadVoucher(CooperativeView coop, long entryId, FileUpload upload) {
        StoredDocument d = store(DocumentKind.VOUCHER, coop, null, null, upload);
        d.ledgerEntryId = entryId;
        return view(d);
    }

    /** A paper of an annual report (the signed quitus, the August statement). The caller checked the report and who sends. */
    public DocumentView uploadForReport(DocumentKind kind, CooperativeView coop, long reportId, FileUpload upload) {
        StoredDocument d = store(kind, coop, null, null, upload);
        d.annualReportId = reportId;
        return view(d);
    }

    /** The papers of a report, the latest first. The caller checked access to the cooperative. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> ofReport(long reportId) {
        return StoredDocument.<StoredDocument>list("annualReportId = ?1 order by uploadedAt desc, id desc", reportId).stream()
                .map(DocumentService::view).toList();
    }

    /** The vouchers of these entries, by entry, oldest first. The caller checked access to the cooperative. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<DocumentView>> ofEntries(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return StoredDocument.<StoredDocument>list("ledgerEntryId in ?1 and kind = ?2 order by id", entryIds, DocumentKind.VOUCHER).stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.ledgerEntryId,
                        java.util.stream.Collectors.mapping(DocumentService::view, java.util.stream.Collectors.toList())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentView> ofAdhesion(long adhesionId) {
        adhesions.view(adhesionId); // access check
        return StoredDocument.<StoredDocument>list("adhesionId = ?1 order by uploadedAt desc, id desc", adhesionId).stream()
                .map(DocumentService::view).toList();
    }

    /** The caller checked access to the change request. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<DocumentView>> ofChanges(Collection<Long> changeIds) {
        if (changeIds.isEmpty()) {
            return Map.of();
        }
        return StoredDocument.<StoredDocument>list("mandataireChangeId in ?1 order by id", changeIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.mandataireChangeId,
                        java.util.stream.Collectors.mapping(DocumentService::view, java.util.stream.Collectors.toList())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download open(long documentId) {
        StoredDocument d = StoredDocument.<StoredDocument>findByIdOptional(documentId)
                .orElseThrow(() -> ProblemException.notFound("Ce document n'existe pas."));
        access.requireCooperative(d.departmentId, d.cooperativeId);
        try {
            return new Download(d.originalName, d.contentType, d.sizeBytes, storage.open(d.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredDocument store(DocumentKind kind, CooperativeView coop, Long adhesionId, Long changeId, FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null) {
            throw new ProblemException(400, "file-missing", "Fichier manquant", "Choisissez le fichier à envoyer.",
                    List.of(new Problem.Violation("file", "Choisissez le fichier à envoyer.")));
        }
        StoredFile stored;
        try (InputStream in = Files.newInputStream(upload.uploadedFile())) {
            stored = storage.store(in, storageConfig.maxUploadSize().asLongValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The bytes are stored before the transaction ends: if it does not commit, they go.
        String key = stored.key();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() { }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        storage.delete(key);
                    } catch (IOException | RuntimeException e) {
                        Log.warnf(e, "Uploaded file %s of a rolled-back transaction not deleted", key);
                    }
                }
            }
        });
        StoredDocument d = new StoredDocument();
        d.cooperativeId = coop.id();
        d.departmentId = coop.departmentId();
        d.adhesionId = adhesionId;
        d.mandataireChangeId = changeId;
        d.kind = kind;
        d.originalName = safeName(upload.fileName(), stored.kind().extension());
        d.contentType = stored.kind().mediaType();
        d.sizeBytes = stored.size();
        d.sha256 = stored.sha256();
        d.storageKey = stored.key();
        d.uploadedAt = clock.instant();
        d.uploadedBy = access.current().login();
        d.persist();
        audit.record(new AuditService.Change(AuditAction.DOCUMENT_UPLOADED, "Document", d.id, d.departmentId, d.cooperativeId, null,
                Map.of("kind", kind, "name", d.originalName, "size", d.sizeBytes, "sha256", d.sha256)));
        return d;
    }

    /** The name shown and sent back: the uploaded name without any path, with the extension of the real content. */
    static String safeName(String uploaded, String extension) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        if (name.isEmpty()) {
            name = "document";
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(extension) && !(extension.equals(".jpg") && lower.endsWith(".jpeg"))) {
            int dot = name.lastIndexOf('.');
            name = (dot > 0 ? name.substring(0, dot) : name) + extension;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static DocumentView view(StoredDocument d) {
        return new DocumentView(d.id, d.kind, d.kind.label, d.originalName, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt,
                d.uploadedBy, d.replacedAt == null, "/api/documents/" + d.id + "/content");
    }
}

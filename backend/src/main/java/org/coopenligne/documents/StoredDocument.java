package org.coopenligne.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded file's record; its bytes are in the {@code DocumentStorage} under {@link #storageKey}. */
@Entity
@Table(name = "document")
public class StoredDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "adhesion_id")
    public Long adhesionId;

    @Column(name = "mandataire_change_id")
    public Long mandataireChangeId;

    /** For a voucher: the ledger entry it justifies (null once the entry is deleted). */
    @Column(name = "ledger_entry_id")
    public Long ledgerEntryId;

    @Column(name = "annual_report_id")
    public Long annualReportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public DocumentKind kind;

    @Column(name = "original_name", nullable = false, length = 200)
    public String originalName;

    @Column(name = "content_type", nullable = false, length = 40)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "storage_key", nullable = false, length = 120)
    public String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", length = 60)
    public String uploadedBy;

    /** Set when a newer file of the same kind replaced this one; it stays readable for the record. */
    @Column(name = "replaced_at")
    public Instant replacedAt;
}

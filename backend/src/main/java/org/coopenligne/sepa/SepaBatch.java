package org.coopenligne.sepa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A pain.008 file staff generated: what it holds is kept (with the creditor as it was) to download it again. */
@Entity
@Table(name = "sepa_batch")
public class SepaBatch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sepa_batch_seq")
    @SequenceGenerator(name = "sepa_batch_seq", sequenceName = "sepa_batch_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    /** The payment means included, comma separated: "DIRECT_DEBIT_NOW,DIRECT_DEBIT_DECEMBER". */
    @Column(nullable = false, length = 60)
    public String means;

    @Column(name = "message_id", nullable = false, length = 35)
    public String messageId;

    @Column(name = "collection_date", nullable = false)
    public LocalDate collectionDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", length = 60)
    public String createdBy;

    @Column(name = "tx_count", nullable = false)
    public int txCount;

    @Column(name = "control_sum", nullable = false, precision = 12, scale = 2)
    public BigDecimal controlSum;

    @Column(name = "creditor_name", nullable = false, length = 70)
    public String creditorName;

    @Column(name = "creditor_identifier", nullable = false, length = 35)
    public String creditorIdentifier;

    @Column(name = "creditor_iban", nullable = false, length = 34)
    public String creditorIban;

    @Column(name = "creditor_bic", nullable = false, length = 11)
    public String creditorBic;
}

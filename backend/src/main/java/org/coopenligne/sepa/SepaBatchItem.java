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
import java.time.LocalDate;

/** One debit of a batch, as written in the file. */
@Entity
@Table(name = "sepa_batch_item")
public class SepaBatchItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sepa_batch_item_seq")
    @SequenceGenerator(name = "sepa_batch_item_seq", sequenceName = "sepa_batch_item_seq", allocationSize = 50)
    public Long id;

    @Column(name = "batch_id", nullable = false)
    public Long batchId;

    @Column(name = "adhesion_id", nullable = false)
    public Long adhesionId;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "cooperative_code", nullable = false, length = 8)
    public String cooperativeCode;

    @Column(name = "debtor_name", nullable = false, length = 140)
    public String debtorName;

    @Column(nullable = false, length = 34)
    public String iban;

    @Column(nullable = false, length = 11)
    public String bic;

    @Column(name = "mandate_reference", nullable = false, length = 35)
    public String mandateReference;

    @Column(name = "signature_date", nullable = false)
    public LocalDate signatureDate;

    @Column(name = "sequence_type", nullable = false, length = 4)
    public String sequenceType;

    @Column(name = "end_to_end_id", nullable = false, length = 35)
    public String endToEndId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;
}

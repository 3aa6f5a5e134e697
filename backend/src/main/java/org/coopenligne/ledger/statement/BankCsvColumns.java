package org.coopenligne.ledger.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The columns the mandataire named for a CSV header the import did not recognise: asked once per bank. */
@Entity
@Table(name = "bank_csv_columns")
public class BankCsvColumns extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_csv_columns_seq")
    @SequenceGenerator(name = "bank_csv_columns_seq", sequenceName = "bank_csv_columns_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    /** SHA-256 of the header's cells, folded: the bank's shape. */
    @Column(name = "header_signature", nullable = false, length = 64)
    public String headerSignature;

    @Column(name = "date_column", nullable = false, length = 100)
    public String dateColumn;

    @Column(name = "label_column", nullable = false, length = 100)
    public String labelColumn;

    @Column(name = "amount_column", length = 100)
    public String amountColumn;

    @Column(name = "debit_column", length = 100)
    public String debitColumn;

    @Column(name = "credit_column", length = 100)
    public String creditColumn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

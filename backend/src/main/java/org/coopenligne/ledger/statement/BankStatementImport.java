package org.coopenligne.ledger.statement;

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

/** A bank statement file the mandataire uploaded: what it held and how many of its lines were new. */
@Entity
@Table(name = "bank_statement_import")
public class BankStatementImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_statement_import_seq")
    @SequenceGenerator(name = "bank_statement_import_seq", sequenceName = "bank_statement_import_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    @Column(nullable = false, length = 10)
    public String format;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "first_date", nullable = false)
    public LocalDate firstDate;

    @Column(name = "last_date", nullable = false)
    public LocalDate lastDate;

    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Column(name = "added_count", nullable = false)
    public int addedCount;

    @Column(name = "closing_balance", precision = 12, scale = 2)
    public BigDecimal closingBalance;

    @Column(name = "closing_date")
    public LocalDate closingDate;

    @Column(name = "imported_by", nullable = false, length = 100)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}

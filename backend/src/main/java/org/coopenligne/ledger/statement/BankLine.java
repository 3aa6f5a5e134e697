package org.coopenligne.ledger.statement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of a bank statement: + credited, − debited; matched to the ledger entry it shows once confirmed. */
@Entity
@Table(name = "bank_line")
public class BankLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_line_seq")
    @SequenceGenerator(name = "bank_line_seq", sequenceName = "bank_line_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "import_id", nullable = false)
    public Long importId;

    @Column(name = "booked_on", nullable = false)
    public LocalDate bookedOn;

    @Column(nullable = false, length = 300)
    public String label;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "cheque_number", length = 20)
    public String chequeNumber;

    @Column(nullable = false, length = 64)
    public String fingerprint;

    /** The entry this line shows, once the mandataire confirmed it (the entry is ticked at the line's date). */
    @Column(name = "entry_id")
    public Long entryId;

    @Version
    public int version;
}

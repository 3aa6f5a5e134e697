package org.coopenligne.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;

/** A line of the cooperative's accounting journal (cahier de comptes). */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_seq")
    @SequenceGenerator(name = "ledger_entry_seq", sequenceName = "ledger_entry_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(name = "entry_date", nullable = false)
    public LocalDate entryDate;

    @Column(nullable = false, length = 200)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public EntryKind kind = EntryKind.CHARGE;

    /** Where the money went in or out; for a transfer, where it left (it arrives in the other). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    public Treasury treasury = Treasury.BANK;

    /**
     * The split over headings (none for a transfer), in order. A year's ledger reads hundreds of entries: their parts
     * are loaded a hundred entries at a time, not one query per entry.
     */
    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @org.hibernate.annotations.BatchSize(size = 100)
    @OrderBy("position")
    public List<LedgerEntryPart> parts = new ArrayList<>();

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The pedagogical action it belongs to, if any. */
    @Column(name = "action_id")
    public Long actionId;

    /** The class line of the year's adhesion it is allocated to ("Cahier de compta. classe"), if any. */
    @Column(name = "class_line_id")
    public Long classLineId;

    /** Ticked ("pointé"): the date of the bank statement it was seen on; null while not seen. Bank entries only. */
    @Column(name = "cleared_on")
    public LocalDate clearedOn;

    /** What the entry does to the bank account: + in, − out, 0 when it stays in the cash box. */
    public BigDecimal bankMovement() {
        if (kind == EntryKind.TRANSFER) {
            return treasury == Treasury.BANK ? amount().negate() : amount();
        }
        return treasury == Treasury.BANK ? amountIn.subtract(amountOut) : BigDecimal.ZERO.setScale(2);
    }

    @Column(name = "amount_in", nullable = false, precision = 12, scale = 2)
    public BigDecimal amountIn = BigDecimal.ZERO.setScale(2);

    @Column(name = "amount_out", nullable = false, precision = 12, scale = 2)
    public BigDecimal amountOut = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_means", length = 30)
    public LedgerMeans paymentMeans;

    /** The voucher's number ("n° de P.J."): restarts at 1 each school year, unique in the year. */
    @Column(name = "voucher_number")
    public Integer voucherNumber;

    @Column(name = "cheque_number", length = 20)
    public String chequeNumber;

    /** The amount, whatever its direction. */
    public BigDecimal amount() {
        return amountIn.signum() != 0 ? amountIn : amountOut;
    }

    /** Set for the one-click entry of an adhesion's payment: at most one per adhesion. */
    @Column(name = "adhesion_id")
    public Long adhesionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public int version;
}

package org.coopenligne.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One heading's share of an entry; the parts of an entry sum to its amount. */
@Entity
@Table(name = "ledger_entry_part")
public class LedgerEntryPart extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_part_seq")
    @SequenceGenerator(name = "ledger_entry_part_seq", sequenceName = "ledger_entry_part_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    public LedgerEntry entry;

    @Column(nullable = false)
    public int position;

    @Column(name = "heading_code", nullable = false, length = 10)
    public String headingCode;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;
}

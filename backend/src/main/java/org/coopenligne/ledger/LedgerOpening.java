package org.coopenligne.ledger;

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
import java.time.Instant;

/** The opening balances of a school year ("report à nouveau au 01.09"), typed once in a cooperative's first year. */
@Entity
@Table(name = "ledger_opening")
public class LedgerOpening extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_opening_seq")
    @SequenceGenerator(name = "ledger_opening_seq", sequenceName = "ledger_opening_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal bank;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal cash;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}

package org.coopenligne.ledger.cash;

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
import java.time.LocalDate;

/** A cash count ("arrêté de caisse"): how many of each note and coin were in the cash box on a day. */
@Entity
@Table(name = "cash_count")
public class CashCount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cash_count_seq")
    @SequenceGenerator(name = "cash_count_seq", sequenceName = "cash_count_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(name = "counted_on", nullable = false)
    public LocalDate countedOn;

    /** The quantities of {@link Denomination#values()}, in that order, comma-separated. */
    @Column(nullable = false, length = 200)
    public String quantities;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal total;

    @Column(name = "counted_by", nullable = false, length = 100)
    public String countedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}

package org.coopenligne.ledger.subsidy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** A subsidy granted to the cooperative, and the income entries of the ledger that received it. */
@Entity
@Table(name = "subsidy")
public class Subsidy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subsidy_seq")
    @SequenceGenerator(name = "subsidy_seq", sequenceName = "subsidy_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    /** The school year of the decision. */
    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "funder_type", nullable = false, length = 20)
    public FunderType funderType;

    @Column(name = "funder_name", nullable = false, length = 150)
    public String funderName;

    @Column(nullable = false, length = 300)
    public String purpose;

    @Column(name = "amount_granted", nullable = false, precision = 12, scale = 2)
    public BigDecimal amountGranted;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @ElementCollection
    @CollectionTable(name = "subsidy_entry", joinColumns = @JoinColumn(name = "subsidy_id"))
    @Column(name = "entry_id")
    public Set<Long> entryIds = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;
}

package org.coopenligne.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A heading of the chart ("compte de ventilation"): national when {@code departmentId} is null, else a department's
 * addition or relabelling, for one school year when {@code schoolYear} is set.
 */
@Entity
@Table(name = "ledger_heading")
public class LedgerHeading extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_heading_seq")
    @SequenceGenerator(name = "ledger_heading_seq", sequenceName = "ledger_heading_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "school_year", length = 9)
    public String schoolYear;

    @Column(nullable = false, length = 10)
    public String code;

    @Column(nullable = false, length = 120)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public HeadingKind kind;

    @Column(nullable = false)
    public int position;
}

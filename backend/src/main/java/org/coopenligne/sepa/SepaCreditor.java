package org.coopenligne.sepa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The department as SEPA creditor: the name the debtors see, its creditor identifier (ICS) and its account. */
@Entity
@Table(name = "sepa_creditor")
public class SepaCreditor extends PanacheEntityBase {

    @Id
    @Column(name = "department_id")
    public Long departmentId;

    @Column(nullable = false, length = 70)
    public String name;

    /** The SEPA creditor identifier (ICS), e.g. FR72ZZZ123456. */
    @Column(nullable = false, length = 35)
    public String identifier;

    @Column(nullable = false, length = 34)
    public String iban;

    @Column(nullable = false, length = 11)
    public String bic;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", length = 60)
    public String updatedBy;

    @Version
    public int version;
}

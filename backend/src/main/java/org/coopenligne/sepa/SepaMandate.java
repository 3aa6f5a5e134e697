package org.coopenligne.sepa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The SEPA direct debit mandate a cooperative signed for its department (one per cooperative). */
@Entity
@Table(name = "sepa_mandate")
public class SepaMandate extends PanacheEntityBase {

    @Id
    @Column(name = "cooperative_id")
    public Long cooperativeId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    /** Normalized: no spaces, upper case. */
    @Column(nullable = false, length = 34)
    public String iban;

    @Column(nullable = false, length = 11)
    public String bic;

    /** Unique Mandate Reference (RUM), unique for the creditor. */
    @Column(nullable = false, length = 35)
    public String reference;

    @Column(name = "signature_date", nullable = false)
    public LocalDate signatureDate;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", length = 60)
    public String updatedBy;

    @Version
    public int version;
}

package org.coopenligne.sepa;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What the creditor's and a mandate's rows share: an account (IBAN normalized without spaces, upper case; its BIC),
 * who changed it last and when, and the version that refuses a stale edit.
 */
@MappedSuperclass
public abstract class BankDetailsEntity extends PanacheEntityBase {

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

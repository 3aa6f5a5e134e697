package org.coopenligne.sepa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The SEPA direct debit mandate a cooperative signed for its department (one per cooperative). */
@Entity
@Table(name = "sepa_mandate")
public class SepaMandate extends BankDetailsEntity {

    @Id
    @Column(name = "cooperative_id")
    public Long cooperativeId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    /** Unique Mandate Reference (RUM), unique for the creditor. */
    @Column(nullable = false, length = 35)
    public String reference;

    @Column(name = "signature_date", nullable = false)
    public LocalDate signatureDate;
}

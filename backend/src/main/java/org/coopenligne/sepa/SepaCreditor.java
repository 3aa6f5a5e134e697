package org.coopenligne.sepa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The department as SEPA creditor: the name the debtors see, its creditor identifier (ICS) and its account. */
@Entity
@Table(name = "sepa_creditor")
public class SepaCreditor extends BankDetailsEntity {

    @Id
    @Column(name = "department_id")
    public Long departmentId;

    @Column(nullable = false, length = 70)
    public String name;

    /** The SEPA creditor identifier (ICS), e.g. FR72ZZZ123456. */
    @Column(nullable = false, length = 35)
    public String identifier;
}

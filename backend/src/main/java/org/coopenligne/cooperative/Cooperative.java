package org.coopenligne.cooperative;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A school cooperative and its identity ("fiche identité", SPEC.md). */
@Entity
@Table(name = "cooperative")
public class Cooperative extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cooperative_seq")
    @SequenceGenerator(name = "cooperative_seq", sequenceName = "cooperative_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    /** The department's code, kept here so that the login ("046-0410") needs no join. */
    @Column(name = "department_code", nullable = false, length = 3)
    public String departmentCode;

    /** Four digits, unique in the department: "0410". */
    @Column(nullable = false, length = 4)
    public String number;

    @Column(name = "school_name", nullable = false, length = 150)
    public String schoolName;

    @Column(name = "school_type", length = 60)
    public String schoolType;

    @Column(name = "address_line", length = 200)
    public String addressLine;

    @Column(name = "postal_code", length = 10)
    public String postalCode;

    @Column(nullable = false, length = 80)
    public String city;

    @Column(length = 8)
    public String uai;

    /** The district (circonscription) the school belongs to, as the department names it; staff set it. */
    @Column(length = 80)
    public String district;

    @Column(name = "school_email", length = 120)
    public String schoolEmail;

    @Column(name = "school_phone", length = 30)
    public String schoolPhone;

    @Column(name = "mandataire_name", length = 120)
    public String mandataireName;

    @Column(name = "mandataire_email", length = 120)
    public String mandataireEmail;

    @Column(name = "mandataire_phone", length = 30)
    public String mandatairePhone;

    /** The co-signatories of the bank account, one per line. */
    @Column(name = "co_signatories", length = 500)
    public String coSignatories;

    @Column(name = "bank_name", length = 120)
    public String bankName;

    /** As the bank writes it, e.g. "9 999 99 X". */
    @Column(name = "bank_account", length = 60)
    public String bankAccount;

    @Version
    public int version;

    /** The login of its mandataire and its public name: "046-0410". */
    public String code() {
        return departmentCode + "-" + number;
    }
}

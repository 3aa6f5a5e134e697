package org.coopenligne.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A departmental OCCE association ("AD"), e.g. 046, l'OCCE du Lot. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 1)
    public Long id;

    /** Three characters: "038", "046", "02A". */
    @Column(nullable = false, unique = true, length = 3)
    public String code;

    @Column(nullable = false, length = 120)
    public String name;

    @Column(name = "address_line", length = 200)
    public String addressLine;

    @Column(name = "postal_code", length = 10)
    public String postalCode;

    @Column(length = 80)
    public String city;

    @Column(length = 120)
    public String email;

    @Column(length = 40)
    public String phone;

    @Column(length = 200)
    public String website;

    @Version
    public int version;
}

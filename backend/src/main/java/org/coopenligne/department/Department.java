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
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

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

    /** Who to ask for at the office, shown to the cooperatives. */
    @Column(name = "contact_name", length = 120)
    public String contactName;

    /** When the office answers, e.g. "du lundi au jeudi, 9 h - 12 h et 14 h - 17 h". */
    @Column(name = "opening_hours", length = 300)
    public String openingHours;

    @Column(name = "insurer_name", length = 120)
    public String insurerName;

    @Column(name = "insurer_contract_number", length = 60)
    public String insurerContractNumber;

    /** A short text about the insurance contract (what it covers, who to call). */
    @Column(name = "insurer_details", length = 1000)
    public String insurerDetails;

    @Column(name = "settings_updated_at")
    public Instant settingsUpdatedAt;

    @Column(name = "settings_updated_by", length = 60)
    public String settingsUpdatedBy;

    /** The emails the department rewrote; a kind absent here is sent with the platform's default text. */
    @ElementCollection
    @CollectionTable(name = "department_email_template", joinColumns = @JoinColumn(name = "department_id"))
    @MapKeyColumn(name = "kind", length = 40)
    @MapKeyEnumerated(EnumType.STRING)
    public Map<EmailKind, EmailText> emailTemplates = new EnumMap<>(EmailKind.class);

    @Version
    public int version;
}

package org.coopenligne.documents;

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
import java.time.Instant;

/** A certificate issued on validation, with the code that anyone can verify; revoked when the adhesion is reopened. */
@Entity
@Table(name = "certificate")
public class Certificate extends PanacheEntityBase {

    public enum Kind { MEMBERSHIP, INSURANCE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    public Long id;

    @Column(name = "adhesion_id", nullable = false)
    public Long adhesionId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(name = "registration_code", nullable = false, length = 12)
    public String registrationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Kind kind;

    @Column(name = "verification_code", nullable = false, length = 20, unique = true)
    public String verificationCode;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}

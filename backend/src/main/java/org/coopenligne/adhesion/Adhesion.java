package org.coopenligne.adhesion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.tariff.PaymentMeans;

/** A cooperative's adhesion of one school year. Workflow steps are methods that check the status. */
@Entity
@Table(name = "adhesion")
public class Adhesion extends PanacheEntityBase {

    public static final int MAX_LINES = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adhesion_seq")
    @SequenceGenerator(name = "adhesion_seq", sequenceName = "adhesion_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "cooperative_code", nullable = false, length = 8)
    public String cooperativeCode;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public AdhesionStatus status;

    @Column(nullable = false)
    public boolean insured;

    @Column(name = "property_value", nullable = false, precision = 12, scale = 2)
    public BigDecimal propertyValue = BigDecimal.ZERO.setScale(2);

    @Column(name = "instrument_value", nullable = false, precision = 12, scale = 2)
    public BigDecimal instrumentValue = BigDecimal.ZERO.setScale(2);

    @Column(name = "voluntary_participation", nullable = false, precision = 12, scale = 2)
    public BigDecimal voluntaryParticipation = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_means", length = 30)
    public PaymentMeans paymentMeans;

    @ElementCollection
    @CollectionTable(name = "adhesion_subscription", joinColumns = @JoinColumn(name = "adhesion_id"))
    @Column(name = "subscription_id")
    public Set<Long> subscriptionIds = new HashSet<>();

    @OneToMany(mappedBy = "adhesion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ClassLine> lines = new ArrayList<>();

    /** Maintained totals, so that lists and dashboards never load lines. */
    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Column(nullable = false)
    public int adults;

    @Column(nullable = false)
    public int pupils;

    /** The fee as last computed; null while the department has no tariff for the year. */
    @Column(precision = 12, scale = 2)
    public BigDecimal amount;

    /** The fee when it was (last) submitted: what the cooperative owes, even if the tariff changes later. */
    @Column(name = "submitted_amount", precision = 12, scale = 2)
    public BigDecimal submittedAmount;

    @Column(name = "priced_tariff_version")
    public Integer pricedTariffVersion;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Submitted after the department's deadline. */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "correction_message", length = 2000)
    public String correctionMessage;

    @Column(name = "correction_requested_at")
    public Instant correctionRequestedAt;

    // --- Staff's review checklist (SPEC.md step 8) ---------------------------

    @Column(name = "payment_received", nullable = false)
    public boolean paymentReceived;

    @Column(name = "payment_amount", precision = 12, scale = 2)
    public BigDecimal paymentAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 30)
    public PaymentMeans paymentMethod;

    @Column(name = "payment_reference", length = 80)
    public String paymentReference;

    @Column(name = "payment_date")
    public LocalDate paymentDate;

    /** The signed engagement currently uploaded (the latest one), null until the mandataire sends it. */
    @Column(name = "engagement_document_id")
    public Long engagementDocumentId;

    @Column(name = "engagement_received", nullable = false)
    public boolean engagementReceived;

    @Enumerated(EnumType.STRING)
    @Column(name = "mandataire_change_form", nullable = false, length = 12)
    public ChangeFormStatus mandataireChangeForm = ChangeFormStatus.NONE;

    // --- Validation (SPEC.md step 8 and 9) -------------------------------------

    /** The department's sequence number of the year, kept when the adhesion is reopened and validated again. */
    @Column(name = "registration_number")
    public Integer registrationNumber;

    @Column(name = "registration_code", length = 12)
    public String registrationCode;

    @Column(name = "validated_at")
    public Instant validatedAt;

    @Column(name = "validated_by", length = 60)
    public String validatedBy;

    @Column(name = "reopen_reason", length = 2000)
    public String reopenReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    /** Lines, declarations and payment change only in draft or when staff asked for a correction. */
    public void requireEditable() {
        switch (status) {
            case DRAFT, CORRECTION_REQUESTED -> { }
            case SUBMITTED -> throw ProblemException.conflict("adhesion-submitted",
                    "L'adhésion est envoyée à l'OCCE : elle ne peut plus être modifiée, sauf si l'OCCE demande une correction.");
            case VALIDATED -> throw ProblemException.conflict("adhesion-validated",
                    "L'adhésion est validée : elle est verrouillée. Contactez votre OCCE pour la rouvrir.");
            default -> throw ProblemException.conflict("adhesion-not-started", "L'adhésion n'est pas encore ouverte.");
        }
    }

    public void recountTotals() {
        lineCount = lines.size();
        adults = lines.stream().mapToInt(l -> l.adults).sum();
        pupils = lines.stream().mapToInt(l -> l.pupils).sum();
    }

    public int nextPosition() {
        return lines.stream().mapToInt(l -> l.position).max().orElse(0) + 1;
    }

    public long linesToConfirm() {
        return lines.stream().filter(l -> l.toConfirm).count();
    }

    /** Staff ask for a correction: from SUBMITTED only; the mandataire can edit and submit again. */
    public void requestCorrection(String message, Instant now) {
        if (status != AdhesionStatus.SUBMITTED) {
            throw transitionRefused("demander une correction pour cette adhésion", "envoyée à l'OCCE");
        }
        status = AdhesionStatus.CORRECTION_REQUESTED;
        correctionMessage = message;
        correctionRequestedAt = now;
    }

    /** Staff validate: from SUBMITTED only, once the engagement is received (and the payment, unless debited later). */
    public void validate(Instant now, String staffLogin, int number, String code) {
        requireSubmittedToValidate();
        status = AdhesionStatus.VALIDATED;
        registrationNumber = number;
        registrationCode = code;
        validatedAt = now;
        validatedBy = staffLogin;
        reopenReason = null;
        correctionMessage = null;
    }

    public void requireSubmittedToValidate() {
        if (status != AdhesionStatus.SUBMITTED) {
            throw transitionRefused("valider cette adhésion", "envoyée à l'OCCE");
        }
    }

    /** Staff reopen a validated adhesion, with a reason: it goes back to the mandataire as a correction. */
    public void reopen(String reason, Instant now) {
        if (status != AdhesionStatus.VALIDATED) {
            throw transitionRefused("rouvrir cette adhésion", "validée");
        }
        status = AdhesionStatus.CORRECTION_REQUESTED;
        reopenReason = reason;
        correctionMessage = reason;
        correctionRequestedAt = now;
        validatedAt = null;
        validatedBy = null;
    }

    /** Payment is due before validation except for a direct debit, which the department draws after it. */
    public boolean paymentDueBeforeValidation() {
        return paymentMeans == null || !paymentMeans.isDirectDebit();
    }

    /** {@code action} names its object ("valider cette adhésion"): the message reads "Impossible de valider cette adhésion : …". */
    private ProblemException transitionRefused(String action, String required) {
        return ProblemException.conflict("status-transition-refused", "Impossible de " + action + " : elle est « "
                + status.shortLabel + " », il faut qu'elle soit " + required + ".");
    }

    /** "Mettre à jour les informations": from draft or correction, to the department's staff. */
    public void submit(Instant now, boolean afterDeadline, int tariffVersion) {
        if (!status.editableByMandataire()) {
            requireEditable();
        }
        status = AdhesionStatus.SUBMITTED;
        submittedAt = now;
        submittedAmount = amount;
        pricedTariffVersion = tariffVersion;
        late = afterDeadline;
        correctionMessage = null;
    }
}

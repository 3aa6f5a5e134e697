package org.coopenligne.mandataire;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.coopenligne.common.error.ProblemException;

/** A request to change the mandataire and/or the co-signatories, with its papers (seed 000), that staff decide. */
@Entity
@Table(name = "mandataire_change")
public class MandataireChange extends PanacheEntityBase {

    public enum Status { PENDING, ACCEPTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mandataire_change_seq")
    @SequenceGenerator(name = "mandataire_change_seq", sequenceName = "mandataire_change_seq", allocationSize = 50)
    public Long id;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Status status;

    @Column(name = "new_mandataire_name", nullable = false, length = 120)
    public String newMandataireName;

    @Column(name = "new_mandataire_email", nullable = false, length = 120)
    public String newMandataireEmail;

    @Column(name = "new_mandataire_phone", length = 30)
    public String newMandatairePhone;

    @Column(name = "new_co_signatories", length = 500)
    public String newCoSignatories;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", length = 60)
    public String createdBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 60)
    public String decidedBy;

    @Column(name = "refusal_reason", length = 2000)
    public String refusalReason;

    @Version
    public int version;

    public void accept(Instant now, String staff) {
        requirePending();
        status = Status.ACCEPTED;
        decidedAt = now;
        decidedBy = staff;
    }

    public void refuse(Instant now, String staff, String reason) {
        requirePending();
        status = Status.REFUSED;
        decidedAt = now;
        decidedBy = staff;
        refusalReason = reason;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw ProblemException.conflict("status-transition-refused", "Cette demande est déjà "
                    + (status == Status.ACCEPTED ? "acceptée" : "refusée") + " : elle ne peut plus changer.");
        }
    }
}

package org.coopenligne.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder sent by staff to a selection of cooperatives; never changed once created (its recipients progress). */
@Entity
@Table(name = "reminder_campaign")
public class ReminderCampaign extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_campaign_seq")
    @SequenceGenerator(name = "reminder_campaign_seq", sequenceName = "reminder_campaign_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(name = "idempotency_key", nullable = false, length = 80)
    public String idempotencyKey;

    /** SHA-256 of the request: the same key with another request is refused. */
    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    /** SHA-256 of subject and body: a cooperative reminded with the same template recently is skipped. */
    @Column(name = "template_hash", nullable = false, length = 64)
    public String templateHash;

    @Column(nullable = false, length = 200)
    public String subject;

    @Column(nullable = false, length = 5000)
    public String body;

    /** The selection as JSON: {"cooperativeIds": [...]} or {"filter": {...}}. */
    @Column(nullable = false, length = 4000)
    public String selection;

    @Column(name = "recipient_count", nullable = false)
    public int recipientCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    public String createdBy;
}

package org.coopenligne.reminder;

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

/** One cooperative of a reminder campaign, and what became of its email. */
@Entity
@Table(name = "reminder_recipient")
public class ReminderRecipient extends PanacheEntityBase {

    public enum Status {
        /** Waiting for the background sender. */
        PENDING,
        /** Written to the outbox and handed to the mailer. */
        SENT,
        /** The mailer refused it (see error). */
        FAILED,
        /** The cooperative has neither a mandataire's nor a school's email address. */
        SKIPPED_NO_EMAIL,
        /** Already reminded with the same subject and body within the duplicate window. */
        SKIPPED_RECENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_recipient_seq")
    @SequenceGenerator(name = "reminder_recipient_seq", sequenceName = "reminder_recipient_seq", allocationSize = 50)
    public Long id;

    @Column(name = "campaign_id", nullable = false)
    public Long campaignId;

    @Column(name = "cooperative_id", nullable = false)
    public Long cooperativeId;

    @Column(name = "template_hash", nullable = false, length = 64)
    public String templateHash;

    @Column(length = 120)
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "mail_message_id")
    public Long mailMessageId;

    @Column(length = 500)
    public String error;
}

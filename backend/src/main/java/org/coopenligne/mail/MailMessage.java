package org.coopenligne.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An email the platform sent (or tried to): the outbox that staff and developers can read. */
@Entity
@Table(name = "mail_message")
public class MailMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_seq")
    @SequenceGenerator(name = "mail_message_seq", sequenceName = "mail_message_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "cooperative_id")
    public Long cooperativeId;

    @Column(nullable = false, length = 40)
    public String kind;

    @Column(nullable = false, length = 200)
    public String recipient;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(nullable = false, length = 10000)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(length = 500)
    public String error;

    /** Until when the replica that wrote it (or took it over) has it to send; real time (see {@link MailRelay}). */
    @Column(name = "claimed_until")
    public Instant claimedUntil;

    /** How many times a replica took it to send. */
    @Column(nullable = false)
    public int attempts;

    /** The SMTP server's answer to the last attempt that failed, while the email is to be tried again. */
    @Column(name = "last_error", length = 500)
    public String lastError;
}

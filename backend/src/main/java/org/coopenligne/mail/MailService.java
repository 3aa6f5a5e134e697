package org.coopenligne.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Emails: each one is written to the outbox in the transaction of the change that causes it, and handed to the
 * mailer only once that transaction committed (a refused change sends nothing). In {@code make run} and the tests
 * the mailer is the mock one: nothing leaves the machine, the outbox page shows what would have been sent.
 *
 * <p>An email is written with a lease ({@code coop.mail.lease}, real time): the replica that wrote it sends it within
 * that lease; if that replica dies first, {@link MailRelay} on any replica takes it over once the lease has expired.
 * Before sending an email whose lease is about to end, a replica renews it, and gives the email up if another replica
 * took it meanwhile. Every email carries a Message-ID made of its outbox id: the one duplicate left possible (a replica
 * killed between the SMTP server's acceptance and the row marked sent) is recognisable as such downstream.
 */
@ApplicationScoped
public class MailService {

    /** What to send; {@code departmentId} and {@code cooperativeId} scope who may read it in the outbox. */
    public record Outgoing(String kind, Long departmentId, Long cooperativeId, String recipient, String subject, String body) {}

    record Queued(long id, String recipient, String subject, String body, Instant claimedUntil, int attempt) {}

    /** Time left on a lease under which a replica renews it before sending (clocks of replicas differ a little). */
    static final Duration RENEW_MARGIN = Duration.ofSeconds(10);

    /** Real time, for the leases that replicas compare (business time may be moved in tests). */
    static final Clock REAL_TIME = Clock.systemUTC();

    @ConfigProperty(name = "coop.mail.lease", defaultValue = "PT2M")
    Duration lease;

    @ConfigProperty(name = "coop.mail.max-attempts", defaultValue = "5")
    int maxAttempts;

    /** After a failed attempt n, the email is tried again n times this delay later. */
    @ConfigProperty(name = "coop.mail.retry-delay", defaultValue = "PT1M")
    Duration retryDelay;

    @ConfigProperty(name = "coop.mail.message-id-domain", defaultValue = "coop-en-ligne.fr")
    String messageIdDomain;

    @Inject Mailer mailer;
    @Inject Event<Queued> queued;
    @Inject Access access;
    @Inject Clock clock;

    /** Writes the email to the outbox; returns its id (to follow it up), or null when there is no address. */
    @Transactional(Transactional.TxType.MANDATORY)
    /**
     * An email to a cooperative: to the school's address, and to its mandataire's when it is another one (the review
     * loops of the adhesion and of the annual report write to both).
     */
    public void queueToCooperative(String kind, long departmentId, long cooperativeId, String schoolEmail, String mandataireEmail, String subject,
            String body) {
        queue(new Outgoing(kind, departmentId, cooperativeId, schoolEmail, subject, body));
        if (mandataireEmail != null && !mandataireEmail.equalsIgnoreCase(String.valueOf(schoolEmail))) {
            queue(new Outgoing(kind, departmentId, cooperativeId, mandataireEmail, subject, body));
        }
    }

    public Long queue(Outgoing m) {
        if (m.recipient() == null || m.recipient().isBlank()) {
            Log.warnf("No address for the %s email of cooperative %s: not sent", m.kind(), m.cooperativeId());
            return null;
        }
        MailMessage message = new MailMessage();
        message.kind = m.kind();
        message.departmentId = m.departmentId();
        message.cooperativeId = m.cooperativeId();
        message.recipient = m.recipient().trim();
        message.subject = m.subject();
        message.body = m.body();
        message.createdAt = clock.instant();
        message.claimedUntil = leaseFromNow();
        message.attempts = 1;
        message.persist();
        queued.fire(new Queued(message.id, message.recipient, message.subject, message.body, message.claimedUntil, message.attempts));
        return message.id;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued q) {
        deliver(q);
    }

    /** The end of a lease taken now (milliseconds, as every database keeps them). */
    Instant leaseFromNow() {
        return REAL_TIME.instant().plus(lease).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Hands one email to the mailer and records the outcome, unless its lease is ending and another replica has taken
     * it over; returns whether it was handed to the mailer.
     */
    boolean deliver(Queued q) {
        if (!REAL_TIME.instant().plus(RENEW_MARGIN).isBefore(q.claimedUntil()) && !renew(q)) {
            Log.infof("Email %d taken over by another replica: not sent from here", q.id());
            return false;
        }
        String error = null;
        boolean permanent = false;
        try {
            mailer.send(Mail.withText(q.recipient(), q.subject(), q.body()).addHeader("Message-ID", messageId(q.id())));
        } catch (RuntimeException e) {
            Log.warnf(e, "Email %d to %s not sent (attempt %d)", q.id(), q.recipient(), q.attempt());
            error = String.valueOf(e.getMessage());
            error = error.length() > 500 ? error.substring(0, 500) : error;
            permanent = permanent(e);
        }
        record(permanent ? new Queued(q.id(), q.recipient(), q.subject(), q.body(), q.claimedUntil(), maxAttempts) : q, error);
        return true;
    }

    /** A refusal the SMTP server will repeat (5xx: no such mailbox…), not worth another attempt. */
    static boolean permanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp.isPermanent();
            }
        }
        return false;
    }

    /**
     * The outcome of an attempt: sent; or failed, to be tried again later (by {@link MailRelay}, on any replica) until
     * {@code coop.mail.max-attempts}, the last failure then being final.
     */
    void record(Queued q, String failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            MailMessage m = MailMessage.findById(q.id());
            if (failure == null) {
                m.sentAt = clock.instant();
            } else if (q.attempt() < maxAttempts) {
                m.lastError = failure;
                m.claimedUntil = REAL_TIME.instant().plus(retryDelay.multipliedBy(q.attempt())).truncatedTo(ChronoUnit.MILLIS);
            } else {
                m.error = failure;
            }
        });
    }

    /** The Message-ID of an outbox email: the same for every attempt to send it. */
    String messageId(long id) {
        return "<outbox-" + id + "@" + messageIdDomain + ">";
    }

    /** Extends the lease this replica holds; false when the email was sent, failed, or taken by another replica. */
    private boolean renew(Queued q) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.update(
                "claimedUntil = ?1 where id = ?2 and sentAt is null and error is null and claimedUntil <= ?3",
                leaseFromNow(), q.id(), q.claimedUntil())) == 1;
    }

    /** The outbox of a department (staff), or of every department (admin), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<MailView> outbox(long departmentId, int page, int size) {
        access.requireDepartment(departmentId);
        var query = MailMessage.<MailMessage>find("departmentId = ?1 order by createdAt desc, id desc", departmentId);
        return PageView.of(query.page(page, size).stream().map(MailService::view).toList(), page, size, query.count());
    }

    static MailView view(MailMessage m) {
        return new MailView(m.id, m.kind, m.recipient, m.subject, m.body, m.createdAt, m.sentAt, m.error);
    }
}

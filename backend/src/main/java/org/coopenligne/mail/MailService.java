package org.coopenligne.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;

/**
 * Emails: each one is written to the outbox in the transaction of the change that causes it, and handed to the
 * mailer only once that transaction committed (a refused change sends nothing). In {@code make run} and the tests
 * the mailer is the mock one: nothing leaves the machine, the outbox page shows what would have been sent.
 */
@ApplicationScoped
public class MailService {

    /** What to send; {@code departmentId} and {@code cooperativeId} scope who may read it in the outbox. */
    public record Outgoing(String kind, Long departmentId, Long cooperativeId, String recipient, String subject, String body) {}

    record Queued(long id, String recipient, String subject, String body) {}

    @Inject
    Mailer mailer;

    @Inject
    Event<Queued> queued;

    @Inject
    Access access;

    @Inject
    Clock clock;

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
        message.persist();
        queued.fire(new Queued(message.id, message.recipient, message.subject, message.body));
        return message.id;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued q) {
        String error = null;
        try {
            mailer.send(Mail.withText(q.recipient(), q.subject(), q.body()));
        } catch (RuntimeException e) {
            Log.warnf(e, "Email %d to %s not sent", q.id(), q.recipient());
            error = String.valueOf(e.getMessage());
            error = error.length() > 500 ? error.substring(0, 500) : error;
        }
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> {
            MailMessage m = MailMessage.findById(q.id());
            if (failure == null) {
                m.sentAt = clock.instant();
            } else {
                m.error = failure;
            }
        });
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

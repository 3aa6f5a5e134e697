package org.coopenligne.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.coopenligne.support.MailboxTest;
import org.junit.jupiter.api.Test;

/** The outbox relay: an email whose writer died before sending it is sent once, by whichever replica takes it over. */
@QuarkusTest
class MailRelayTest extends MailboxTest {

    @Inject MailRelay relay;
    @Inject MailService mail;

    private static Instant now() {
        return MailService.REAL_TIME.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** An outbox row as a replica left it when it died after its commit: written, leased, not sent. */
    private long orphan(String to, Instant claimedUntil, int attempts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MailMessage m = new MailMessage();
            m.kind = "REMINDER";
            m.recipient = to;
            m.subject = "Relance";
            m.body = "Votre adhésion est attendue.";
            m.createdAt = Instant.now();
            m.claimedUntil = claimedUntil;
            m.attempts = attempts;
            m.persist();
            return m.id;
        });
    }

    private static MailMessage row(long id) {
        return QuarkusTransaction.requiringNew().call(() -> MailMessage.<MailMessage>findById(id));
    }

    private static String address() {
        return "relais-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void an_email_whose_lease_expired_is_sent_once_with_its_message_id_and_the_others_are_left_alone() {
        String expired = address(), leased = address(), legacy = address();
        long id = orphan(expired, now().minus(Duration.ofMinutes(1)), 1);
        long stillLeased = orphan(leased, now().plus(Duration.ofMinutes(1)), 1);
        long beforeTheRelay = orphan(legacy, null, 0);

        relay.tick();
        relay.tick();

        List<Mail> sent = mailbox.getMailsSentTo(expired);
        assertEquals(1, sent.size(), "sent once, whatever the number of turns");
        assertEquals(List.of("<outbox-" + id + "@coop-en-ligne.fr>"), sent.get(0).getHeaders().get("Message-ID"));
        MailMessage m = row(id);
        assertNotNull(m.sentAt);
        assertEquals(2, m.attempts, "the writer's attempt and the relay's");
        assertTrue(mailbox.getMailsSentTo(leased).isEmpty(), "its writer may still be sending it");
        assertNull(row(stillLeased).sentAt);
        assertTrue(mailbox.getMailsSentTo(legacy).isEmpty(), "written before leases existed: never sent late");
        assertNull(row(beforeTheRelay).sentAt);
    }

    @Test
    void an_email_taken_too_many_times_is_marked_failed_and_not_sent() {
        String to = address();
        long id = orphan(to, now().minusSeconds(5), 5);

        relay.tick();

        assertTrue(mailbox.getMailsSentTo(to).isEmpty());
        assertEquals("Non envoyé après 5 tentatives", row(id).error);
    }

    @Test
    void a_replica_whose_lease_was_taken_over_does_not_send_and_one_near_the_end_of_its_lease_renews_it() {
        String lost = address();
        Instant mine = now().minusSeconds(30);
        long taken = orphan(lost, now().plus(Duration.ofMinutes(2)), 2); // another replica took it meanwhile

        assertFalse(mail.deliver(new MailService.Queued(taken, lost, "Relance", "…", mine, 1)));
        assertTrue(mailbox.getMailsSentTo(lost).isEmpty());

        String ending = address();
        Instant soon = now().plusSeconds(3);
        long id = orphan(ending, soon, 1);

        assertTrue(mail.deliver(new MailService.Queued(id, ending, "Relance", "…", soon, 1)));
        assertEquals(1, mailbox.getMailsSentTo(ending).size());
        MailMessage m = row(id);
        assertNotNull(m.sentAt);
        assertTrue(m.claimedUntil.isAfter(soon), "renewed before sending");
    }

    @Test
    void a_failed_attempt_is_tried_again_later_and_the_last_one_is_final() {
        String to = address();
        long id = orphan(to, now().minusSeconds(1), 1);

        mail.record(new MailService.Queued(id, to, "Relance", "…", now(), 1), "421 Service shutting down");

        MailMessage m = row(id);
        assertNull(m.error, "not final: to be tried again");
        assertEquals("421 Service shutting down", m.lastError);
        assertTrue(m.claimedUntil.isAfter(now().plusSeconds(50)), "not before the retry delay");
        relay.tick();
        assertTrue(mailbox.getMailsSentTo(to).isEmpty(), "too early to try again");

        mail.record(new MailService.Queued(id, to, "Relance", "…", now(), 5), "421 Service shutting down");
        assertEquals("421 Service shutting down", row(id).error, "the fifth failure is final");
    }

    @Test
    void a_refusal_of_the_smtp_server_is_final_at_once_and_a_closed_connection_is_not() {
        assertTrue(MailService.permanent(new RuntimeException(new io.vertx.ext.mail.SMTPException("550 No such user", 550,
                List.of("550 No such user"), false))));
        assertFalse(MailService.permanent(new RuntimeException(new io.vertx.ext.mail.SMTPException("421 closing", 421,
                List.of("421 closing"), false))));
        assertFalse(MailService.permanent(new IllegalStateException("Connection refused")));
    }
}

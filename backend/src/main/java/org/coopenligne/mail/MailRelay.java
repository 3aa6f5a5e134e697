package org.coopenligne.mail;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the emails whose writer died before sending them: every {@code coop.mail.relay-interval}, on each replica, a
 * transaction takes up to {@code coop.mail.relay-batch} outbox rows neither sent nor failed whose lease has expired
 * (oldest first; FOR UPDATE SKIP LOCKED on PostgreSQL, so that two replicas never take the same row), gives them a new
 * lease and counts the attempt; after the commit each is handed to the mailer by {@link MailService#deliver}. They are
 * the emails of a replica that died, and those whose last attempt failed and whose time to try again has come. A row
 * taken {@code coop.mail.max-attempts} times without an outcome (an email that kills whoever sends it) is marked failed
 * instead, with the reason.
 */
@ApplicationScoped
public class MailRelay {

    @Inject EntityManager em;
    @Inject MailService mail;

    @ConfigProperty(name = "coop.mail.relay-interval", defaultValue = "PT15S")
    Duration interval;

    @ConfigProperty(name = "coop.mail.relay-batch", defaultValue = "200")
    int batch;

    @ConfigProperty(name = "coop.mail.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "coop.mail.relay-enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-relay");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                int sent;
                do { // a full batch: there may be more at once
                    sent = tick();
                    if (sent > 0) {
                        Log.infof("Outbox relay: %d emails taken over and sent", sent);
                    }
                } while (sent >= batch);
            } catch (RuntimeException e) {
                Log.warn("Outbox relay failed; next try at the next tick", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One turn: takes over the emails whose lease expired; returns how many were handed to the mailer. */
    public int tick() {
        Instant now = MailService.REAL_TIME.instant();
        Instant until = mail.leaseFromNow();
        List<MailService.Queued> taken = QuarkusTransaction.requiringNew().call(() -> {
            String skipLocked = "postgresql".equals(dbKind) ? " skip locked" : "";
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, recipient, subject, body, attempts from mail_message"
                            + " where sent_at is null and error is null and claimed_until < ?1 order by id"
                            + " fetch first " + batch + " rows only for update" + skipLocked)
                    .setParameter(1, now).getResultList();
            List<Long> abandoned = rows.stream().filter(r -> ((Number) r[4]).intValue() >= maxAttempts)
                    .map(r -> ((Number) r[0]).longValue()).toList();
            List<MailService.Queued> retried = rows.stream().filter(r -> ((Number) r[4]).intValue() < maxAttempts)
                    .map(r -> new MailService.Queued(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], until,
                            ((Number) r[4]).intValue() + 1))
                    .toList();
            if (!abandoned.isEmpty()) {
                Log.warnf("Outbox relay: emails %s taken %d times without being sent: marked failed", abandoned, maxAttempts);
                em.createNativeQuery("update mail_message set error = ?1 where id in (:ids)")
                        .setParameter(1, "Non envoyé après " + maxAttempts + " tentatives").setParameter("ids", abandoned).executeUpdate();
            }
            if (!retried.isEmpty()) {
                em.createNativeQuery("update mail_message set claimed_until = ?1, attempts = attempts + 1 where id in (:ids)")
                        .setParameter(1, until).setParameter("ids", retried.stream().map(MailService.Queued::id).toList()).executeUpdate();
            }
            return retried;
        });
        int sent = 0;
        for (MailService.Queued q : taken) {
            if (mail.deliver(q)) {
                sent++;
            }
        }
        return sent;
    }
}

package org.coopenligne.reminder;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.dashboard.DashboardService;
import org.coopenligne.mail.MailService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the PENDING recipients of reminders in the background, at most {@code coop.reminders.rate-per-minute}
 * emails in any minute, across all replicas:
 * <ol>
 * <li>every {@code coop.reminders.interval}, a transaction takes the sender's lock row
 * ({@code reminder_sender_lock}; on PostgreSQL with SKIP LOCKED, so that a replica finding it taken skips its
 * turn instead of waiting);</li>
 * <li>the budget is the rate minus the emails recorded sent in the last minute;</li>
 * <li>that many PENDING rows are claimed (oldest first; FOR UPDATE SKIP LOCKED on PostgreSQL), each written to
 * the outbox through {@link MailService} and marked SENT with its time, in the same transaction: a crash
 * before the commit leaves them PENDING and sends nothing; the mailer is called after the commit;</li>
 * <li>a mailer failure recorded on the outbox row marks the recipient FAILED with the error.</li>
 * </ol>
 */
@ApplicationScoped
public class ReminderSender {

    @Inject EntityManager em;
    @Inject MailService mail;
    @Inject DashboardService dashboards;
    @Inject Clock clock;

    @ConfigProperty(name = "coop.public-url")
    String publicUrl;

    @ConfigProperty(name = "coop.reminders.rate-per-minute", defaultValue = "120")
    int ratePerMinute;

    @ConfigProperty(name = "coop.reminders.interval", defaultValue = "PT5S")
    Duration interval;

    @ConfigProperty(name = "coop.reminders.sender-enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    private ScheduledExecutorService executor;

    /** Changes the rate until the next restart (the tests use it; the configuration sets it at start). */
    public void setRatePerMinute(int ratePerMinute) {
        this.ratePerMinute = ratePerMinute;
    }

    public int ratePerMinute() {
        return ratePerMinute;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "reminder-sender");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                tick();
            } catch (RuntimeException e) {
                Log.warn("Reminder sending failed; next try at the next tick", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** One turn: sends what the rate allows now; returns how many were handed to the outbox. */
    public int tick() {
        record Claimed(long recipientId, long mailId) {}
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> {
            String skipLocked = "postgresql".equals(dbKind) ? " skip locked" : "";
            if (em.createNativeQuery("select id from reminder_sender_lock where id = 1 for update" + skipLocked).getResultList().isEmpty()) {
                return List.<Claimed>of(); // another replica is sending
            }
            Instant now = clock.instant();
            long sentLastMinute = ((Number) em.createNativeQuery("select count(*) from reminder_recipient where sent_at > ?1")
                    .setParameter(1, now.minusSeconds(60)).getSingleResult()).longValue();
            int budget = (int) Math.max(0, ratePerMinute - sentLastMinute);
            if (budget == 0) {
                return List.<Claimed>of();
            }
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("select id from reminder_recipient where status = 'PENDING' order by id"
                    + " fetch first " + budget + " rows only for update" + skipLocked).getResultList();
            if (ids.isEmpty()) {
                return List.<Claimed>of();
            }
            // before the commit, which hands them to the mailer: the log says which replica sends them
            Log.infof("Reminders: %d recipients claimed for sending", ids.size());
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select r.id, r.email, r.cooperative_id, c.department_code, c.number,"
                            + " c.school_name, k.subject, k.body, k.school_year, k.department_id, d.name"
                            + " from reminder_recipient r join reminder_campaign k on k.id = r.campaign_id"
                            + " join cooperative c on c.id = r.cooperative_id join department d on d.id = k.department_id"
                            + " where r.id in (:ids) order by r.id")
                    .setParameter("ids", ids.stream().map(o -> ((Number) o).longValue()).toList()).getResultList();
            Map<String, LocalDate> deadlines = new HashMap<>();
            List<Claimed> sent = new ArrayList<>();
            for (Object[] r : rows) {
                long departmentId = ((Number) r[9]).longValue();
                SchoolYear year = SchoolYear.parse((String) r[8]);
                LocalDate deadline = deadlines.computeIfAbsent(departmentId + "/" + year,
                        k -> dashboards.deadline(departmentId, year));
                var values = new ReminderTemplate.Values(r[3] + "-" + r[4], (String) r[5], year, deadline, (String) r[10], publicUrl);
                long cooperativeId = ((Number) r[2]).longValue();
                Long mailId = mail.queue(new MailService.Outgoing("REMINDER", departmentId, cooperativeId, (String) r[1],
                        ReminderTemplate.render((String) r[6], values), ReminderTemplate.render((String) r[7], values)));
                long recipientId = ((Number) r[0]).longValue();
                em.createNativeQuery("update reminder_recipient set status = 'SENT', sent_at = ?1, mail_message_id = ?2 where id = ?3")
                        .setParameter(1, now).setParameter(2, mailId).setParameter(3, recipientId).executeUpdate();
                sent.add(new Claimed(recipientId, mailId == null ? -1 : mailId));
            }
            return sent;
        });
        if (!claimed.isEmpty()) {
            // the mailer ran after the commit: a refusal is on the outbox row
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update reminder_recipient set status = 'FAILED',"
                            + " error = (select m.error from mail_message m where m.id = reminder_recipient.mail_message_id)"
                            + " where id in (:ids) and exists (select 1 from mail_message m"
                            + " where m.id = reminder_recipient.mail_message_id and m.error is not null)")
                    .setParameter("ids", claimed.stream().map(Claimed::recipientId).toList()).executeUpdate());
        }
        return claimed.size();
    }
}

package org.coopenligne.common.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The platform's own figures at {@code /q/metrics}, beside the request rate and latency per route and the connection
 * pool that Quarkus measures: the emails of the outbox not sent yet, the reminders' recipients still to send, the
 * logins refused by the throttle. The backlogs are counted by the database when scraped (indexed).
 */
@ApplicationScoped
public class PlatformMetrics {

    @Inject MeterRegistry registry;
    @Inject EntityManager em;

    private Counter throttled;

    void register(@Observes StartupEvent start) {
        Gauge.builder("coop_outbox_pending", this, m -> m.count("select count(*) from mail_message where sent_at is null and error is null"))
                .description("Emails queued and not sent yet").register(registry);
        Gauge.builder("coop_reminders_pending", this, m -> m.count("select count(*) from reminder_recipient where status = 'PENDING'"))
                .description("Reminder recipients still to send").register(registry);
        throttled = Counter.builder("coop_logins_throttled").description("Logins refused by the throttle (too many attempts)").register(registry);
    }

    /** A login refused because of too many attempts. */
    public void loginThrottled() {
        if (throttled != null) {
            throttled.increment();
        }
    }

    private double count(String sql) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).doubleValue());
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: the gauge says so rather than failing the scrape
        }
    }
}

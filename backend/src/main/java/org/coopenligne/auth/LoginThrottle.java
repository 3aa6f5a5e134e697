package org.coopenligne.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coopenligne.common.Timestamps;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per login and per client address, in the database so that every replica sees
 * them. A key with too many recent failures is locked for a while; the lock is checked before any
 * password hash is computed. Writes run in their own transaction: the failed login that caused them
 * is answered with an error, which must not undo them.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject EntityManager em;
    @Inject Clock clock;

    @ConfigProperty(name = "coop.auth.max-failures")
    int maxFailuresPerLogin;

    @ConfigProperty(name = "coop.auth.max-failures-per-address")
    int maxFailuresPerAddress;

    @ConfigProperty(name = "coop.auth.lock-duration")
    Duration lockDuration;

    public static String loginKey(String login) { return "login:" + login.toLowerCase(java.util.Locale.ROOT); }

    public static String addressKey(String address) { return "address:" + address; }

    /** How long the first locked key of these stays locked, if any. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> lockedFor(List<String> keys) {
        Instant now = clock.instant();
        Duration longest = null;
        for (String key : keys) {
            List<?> rows = em.createNativeQuery("select locked_until from login_throttle where throttle_key = ?1")
                    .setParameter(1, key).getResultList();
            if (!rows.isEmpty() && rows.get(0) != null) {
                Instant until = Timestamps.toInstant(rows.get(0));
                if (until.isAfter(now)) {
                    Duration left = Duration.between(now, until);
                    longest = longest == null || left.compareTo(longest) > 0 ? left : longest;
                }
            }
        }
        return Optional.ofNullable(longest);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String login, String address) {
        fail(loginKey(login), maxFailuresPerLogin);
        fail(addressKey(address), maxFailuresPerAddress);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(String login) {
        em.createNativeQuery("delete from login_throttle where throttle_key = ?1").setParameter(1, loginKey(login))
                .executeUpdate();
    }

    private void fail(String key, int max) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        // restart the count when the window has passed, then count this failure
        int updated = em.createNativeQuery("update login_throttle set failures = case when window_start < ?2 then 1 else failures + 1 end,"
                        + " window_start = case when window_start < ?2 then ?3 else window_start end where throttle_key = ?1")
                .setParameter(1, key).setParameter(2, windowStart).setParameter(3, now).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into login_throttle (throttle_key, failures, window_start) values (?1, 1, ?2)")
                    .setParameter(1, key).setParameter(2, now).executeUpdate();
        }
        Number failures = (Number) em.createNativeQuery("select failures from login_throttle where throttle_key = ?1")
                .setParameter(1, key).getSingleResult();
        if (failures.intValue() >= max) {
            // each further failure while over the limit doubles the lock, up to a day
            long factor = 1L << Math.min(10, failures.intValue() - max);
            Duration lock = lockDuration.multipliedBy(factor);
            if (lock.compareTo(Duration.ofDays(1)) > 0) {
                lock = Duration.ofDays(1);
            }
            em.createNativeQuery("update login_throttle set locked_until = ?2 where throttle_key = ?1")
                    .setParameter(1, key).setParameter(2, now.plus(lock)).executeUpdate();
        }
    }
}

package org.coopenligne.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.coopenligne.common.security.CurrentAccount;
import org.coopenligne.common.security.Role;

/**
 * Reads the token behind a "coop_" secret on every call: one indexed read by hash, so that a revocation holds
 * at once on every replica. The last use is written only when the recorded one is over a minute old.
 */
@ApplicationScoped
public class ApiTokenLookup {

    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Inject ApiTokenRepository tokens;
    @Inject Clock clock;

    /** The integrator the secret stands for, or empty when it is unknown or revoked. */
    @ActivateRequestContext
    @Transactional
    public Optional<CurrentAccount> authenticate(String secret) {
        if (!ApiTokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        String hash = ApiTokenSecrets.hash(secret);
        Optional<ApiToken> found = tokens.findByHash(hash).filter(t -> ApiTokenSecrets.sameHash(t.tokenHash, hash) && !t.revoked());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken t = found.get();
        Instant now = clock.instant();
        if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION))) {
            tokens.touch(t.id, now, now.minus(LAST_USE_PRECISION));
        }
        return Optional.of(integrator(t));
    }

    /** An integrator is its token: id and login name the token, the role is INTEGRATOR, the department the token's. */
    static CurrentAccount integrator(ApiToken t) {
        return new CurrentAccount(t.id, "api-token-" + t.id, Role.INTEGRATOR, t.departmentId, null, false);
    }
}

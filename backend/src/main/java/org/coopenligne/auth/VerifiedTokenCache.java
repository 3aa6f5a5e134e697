package org.coopenligne.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * smallrye-jwt's parser with a memory of the tokens it has verified. A mandataire's browser sends the same token
 * with every request for its 30 minutes of life; checking its RS256 signature and claims each time cost more than a
 * line save's SQL. A token string already verified is answered from memory until its "exp" passes; after that it
 * goes to the parser again, which refuses it. Revocation is not this class's business: {@link AccountIdentityAugmentor}
 * still reads the account's token generation on every request, so a logout or a password change takes effect at the
 * next call on every replica.
 *
 * <p>It replaces smallrye-jwt's parser (whose every other operation it inherits) as the bean that the JWT
 * mechanism uses. Only successful verifications are kept (a forged or tampered token is never cached, so it is refused each
 * time), and at most {@code coop.jwt.verified-cache-size} of them: past that size the memory is emptied and
 * refills with the tokens in use.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends DefaultJWTParser {

    /** A verified token, and the custom claims read from it so far (see {@link #customClaim}). */
    private record Verified(JsonWebToken token, long expiresAtMillis, ConcurrentHashMap<String, Object> customClaims) {}

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @ConfigProperty(name = "coop.jwt.verified-cache-size", defaultValue = "20000")
    int maxSize;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null) {
            if (now < known.expiresAtMillis()) {
                return known.token();
            }
            verified.remove(token, known);
        }
        JsonWebToken jwt = super.parse(token);
        long expiresAt = jwt.getExpirationTime() * 1000L;
        if (now < expiresAt && maxSize > 0) {
            if (verified.size() >= maxSize) {
                verified.clear();
            }
            verified.put(token, new Verified(jwt, expiresAt, new ConcurrentHashMap<>(2)));
        }
        return jwt;
    }

    /**
     * A claim of ours (not one of MicroProfile JWT's standard names) of a token: smallrye-jwt's
     * {@code getClaim} throws and catches an exception for every such name, at every call; for a token this cache
     * verified, the claim is read once and remembered with it.
     */
    public Object customClaim(JsonWebToken jwt, String name) {
        String raw = jwt.getRawToken();
        Verified known = raw == null ? null : verified.get(raw);
        if (known == null || known.token() != jwt) {
            return jwt.getClaim(name);
        }
        Object value = known.customClaims().get(name);
        if (value == null) {
            value = jwt.getClaim(name);
            if (value != null) {
                known.customClaims().put(name, value);
            }
        }
        return value;
    }
}

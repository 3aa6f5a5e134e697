package org.coopenligne.auth;

import org.coopenligne.common.security.Roles;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues the short-lived signed tokens (RS256). Verification is smallrye-jwt's, revocation {@link AccountIdentityAugmentor}'s. */
@ApplicationScoped
public class TokenService {

    public static final String GENERATION_CLAIM = "gen";

    @Inject JwtKeys keys;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    @ConfigProperty(name = "coop.jwt.lifetime")
    Duration lifetime;

    public record IssuedToken(String token, Instant expiresAt) {}

    public IssuedToken issue(UserAccount account) {
        Instant now = Instant.now(); // real time, as smallrye-jwt verifies "exp" against it
        Instant expires = now.plus(lifetime);
        String token = Jwt.issuer(issuer)
                .audience(audience)
                .subject(String.valueOf(account.id))
                .upn(account.login)
                .groups(Set.of(account.mustChangePassword ? Roles.PASSWORD_CHANGE : account.role.group))
                .claim(GENERATION_CLAIM, account.tokenGeneration)
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expires)
                .jws().keyId("coop-1")
                .sign(keys.privateKey());
        return new IssuedToken(token, expires);
    }
}

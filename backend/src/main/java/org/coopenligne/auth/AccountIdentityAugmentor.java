package org.coopenligne.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Completes a verified token with the account it names, read from the database: a token is refused
 * (401) when its account is gone or disabled, or when a logout or a password change raised the
 * account's token generation after it was issued. The roles come from the account, not the token:
 * an account still on its initial password gets only {@link Roles#PASSWORD_CHANGE}.
 */
@ApplicationScoped
public class AccountIdentityAugmentor implements SecurityIdentityAugmentor {

    @Inject
    AccountLookup lookup;

    @Inject
    VerifiedTokenCache tokens;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> complete(identity, jwt));
    }

    private SecurityIdentity complete(SecurityIdentity identity, JsonWebToken jwt) {
        long id;
        int generation;
        try {
            id = Long.parseLong(jwt.getSubject());
            Object gen = tokens.customClaim(jwt, TokenService.GENERATION_CLAIM);
            generation = gen instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(gen));
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("malformed token claims");
        }
        AccountLookup.Found found = lookup.find(id).orElseThrow(() -> new AuthenticationFailedException("no such account"));
        if (found.tokenGeneration() != generation) {
            throw new AuthenticationFailedException("token revoked");
        }
        CurrentAccount account = found.account();
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(CurrentAccount.ATTRIBUTE, account)
                .addRole(account.mustChangePassword() ? Roles.PASSWORD_CHANGE : account.role().group)
                .build();
    }
}

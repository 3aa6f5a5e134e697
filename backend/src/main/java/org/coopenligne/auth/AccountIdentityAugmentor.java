package org.coopenligne.auth;

import org.coopenligne.common.security.Roles;
import org.coopenligne.common.security.CurrentAccount;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Completes a verified token with the account it names, read from the database: a token is refused
 * (401) when its account is gone or disabled, or when a logout or a password change raised the
 * account's token generation after it was issued. The roles come from the account, not the token:
 * an account still on its initial password gets only {@link Roles#PASSWORD_CHANGE}.
 *
 * <p>Where the account is read. Quarkus REST checks an endpoint's roles on the event loop, before it hands the request
 * to a worker thread; a database read there must go to a worker of its own and come back (two thread hops more per
 * request). So, on the event loop, when this replica has already read this account with this token's generation, the
 * identity is built from that state, and the request is marked for {@link AccountVerification}, which reads the
 * account on the endpoint's worker, before the endpoint runs, and refuses the request (401) unless the account is
 * still exactly that. Otherwise (first request of an account on this replica, another generation, or off the event
 * loop) the account is read here, as before. Either way every request reads the account before its endpoint runs.
 */
@ApplicationScoped
public class AccountIdentityAugmentor implements SecurityIdentityAugmentor {

    @Inject AccountLookup lookup;
    @Inject VerifiedTokenCache tokens;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    /** {@code attributes}: the authentication request's, which hold the HTTP request's routing context. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        long id;
        int generation;
        try {
            id = Long.parseLong(jwt.getSubject());
            Object gen = tokens.customClaim(jwt, TokenService.GENERATION_CLAIM);
            generation = gen instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(gen));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed token claims"));
        }
        RoutingContext request = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        if (request != null && !BlockingOperationControl.isBlockingAllowed()) {
            AccountLookup.Found seen = lookup.lastSeen(id);
            if (seen != null && seen.tokenGeneration() == generation) {
                AccountVerification.require(request, seen);
                return Uni.createFrom().item(complete(identity, seen.account()));
            }
        }
        return context.runBlocking(() -> complete(identity, read(id, generation)));
    }

    private CurrentAccount read(long id, int generation) {
        AccountLookup.Found found = lookup.find(id).orElseThrow(() -> new AuthenticationFailedException("no such account"));
        if (found.tokenGeneration() != generation) {
            throw new AuthenticationFailedException("token revoked");
        }
        return found.account();
    }

    private static SecurityIdentity complete(SecurityIdentity identity, CurrentAccount account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(CurrentAccount.ATTRIBUTE, account)
                .addRole(account.mustChangePassword() ? Roles.PASSWORD_CHANGE : account.role().group)
                .build();
    }
}

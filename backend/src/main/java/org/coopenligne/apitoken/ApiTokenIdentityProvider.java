package org.coopenligne.apitoken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coopenligne.common.security.CurrentAccount;
import org.coopenligne.common.security.Roles;

/**
 * Turns a "coop_" secret into the integrator of its department. The role is given to reading requests only:
 * a POST, PUT, PATCH or DELETE with an API token has no role, so every protected operation answers 403.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    @Inject ApiTokenLookup lookup;

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            CurrentAccount account = lookup.authenticate(request.secret())
                    .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API token"));
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(account.login()))
                    .addAttribute(CurrentAccount.ATTRIBUTE, account);
            if (request.readOnly()) {
                identity.addRole(Roles.INTEGRATOR);
            }
            return identity.build();
        });
    }
}

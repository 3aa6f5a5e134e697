package org.coopenligne.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The second half of {@link AccountIdentityAugmentor}'s event-loop path: a request whose identity was built from the
 * account's last state seen on this replica reads the account here, on the endpoint's worker thread (request filters
 * of a blocking endpoint run there, after the role check and before the endpoint), and is refused with 401 unless the
 * account is still exactly that state (same token generation, enabled, same role, department, cooperative and
 * password state). Nothing the endpoint does happens before this read.
 */
public class AccountVerification {

    private static final String PENDING = AccountVerification.class.getName() + ".pending";

    @Inject AccountLookup lookup;

    /** Marks the request: its identity was built from {@code seen}, which must be read again before the endpoint. */
    static void require(RoutingContext request, AccountLookup.Found seen) {
        request.put(PENDING, seen);
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void verify(RoutingContext request) {
        AccountLookup.Found seen = request.remove(PENDING);
        if (seen == null) {
            return;
        }
        AccountLookup.Found now = lookup.find(seen.account().id()).orElse(null);
        if (!seen.equals(now)) {
            throw new AuthenticationFailedException(now == null ? "no such account" : "account changed since the token was seen");
        }
    }
}

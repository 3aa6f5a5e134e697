package org.coopenligne.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Optional;

/** Reads the account behind a token: one primary-key read per authenticated request, no hashing. */
@ApplicationScoped
public class AccountLookup {

    @Inject
    UserAccountRepository accounts;

    public record Found(CurrentAccount account, int tokenGeneration) {}

    @ActivateRequestContext
    public Optional<Found> find(long id) {
        return accounts.findByIdOptional(id).filter(a -> a.enabled)
                .map(a -> new Found(new CurrentAccount(a.id, a.login, a.role, a.departmentId, a.cooperativeId,
                        a.mustChangePassword), a.tokenGeneration));
    }
}

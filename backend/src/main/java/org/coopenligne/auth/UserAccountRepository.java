package org.coopenligne.auth;

import org.coopenligne.common.security.Role;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class UserAccountRepository implements PanacheRepository<UserAccount> {

    public Optional<UserAccount> findByLogin(String login) {
        return find("login", login).firstResultOptional();
    }

    public Optional<UserAccount> findMandataireOf(long cooperativeId) {
        return find("cooperativeId = ?1 and role = ?2", cooperativeId, Role.MANDATAIRE).firstResultOptional();
    }
}

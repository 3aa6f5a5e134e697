package org.coopenligne.auth;

import org.coopenligne.common.security.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * On a new production database nobody could log in: when no admin account exists and
 * COOP_BOOTSTRAP_ADMIN_PASSWORD is set, the national admin account "admin" is created with that
 * password, to be changed at first login.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "coop.bootstrap.admin-password")
    Optional<String> password;

    @Inject PasswordHasher hasher;
    @Inject UserAccountRepository accounts;

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (password.isEmpty() || password.get().isBlank() || accounts.count("role", Role.ADMIN) > 0) {
            return;
        }
        UserAccount admin = new UserAccount();
        admin.login = "admin";
        admin.role = Role.ADMIN;
        admin.displayName = "Fédération nationale OCCE";
        admin.passwordHash = hasher.hash(password.get());
        admin.mustChangePassword = true;
        admin.persist();
        LOG.info("Created the national admin account 'admin' (password from COOP_BOOTSTRAP_ADMIN_PASSWORD, to be changed at first login)");
    }
}

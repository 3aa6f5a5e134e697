package org.coopenligne.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coopenligne.common.error.ProblemException;

/**
 * The scoping rules of SPEC.md "People": a mandataire reaches only its own cooperative, staff only their
 * department, the admin everything. Services call it with the department and cooperative of what is asked.
 */
@ApplicationScoped
public class Access {

    @Inject SecurityIdentity identity;

    public CurrentAccount current() {
        CurrentAccount account = identity.getAttribute(CurrentAccount.ATTRIBUTE);
        if (account == null) {
            throw new UnauthorizedException();
        }
        return account;
    }

    public CurrentAccount requireCooperative(long departmentId, long cooperativeId) {
        CurrentAccount a = current();
        boolean allowed = switch (a.role()) {
            case ADMIN -> true;
            case STAFF, INTEGRATOR -> a.departmentId() != null && a.departmentId() == departmentId;
            case MANDATAIRE -> a.cooperativeId() != null && a.cooperativeId() == cooperativeId;
        };
        if (!allowed) {
            throw ProblemException.forbidden("Cette coopérative n'est pas la vôtre : vous n'y avez pas accès.");
        }
        return a;
    }

    public CurrentAccount requireDepartment(long departmentId) {
        CurrentAccount a = current();
        boolean allowed = a.isAdmin() || (a.departmentId() != null && a.departmentId() == departmentId);
        if (!allowed) {
            throw ProblemException.forbidden("Ce département n'est pas le vôtre : vous n'y avez pas accès.");
        }
        return a;
    }
}

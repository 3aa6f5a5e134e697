package org.coopenligne.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.coopenligne.apitoken.ApiTokenDtos.ApiTokenView;
import org.coopenligne.apitoken.ApiTokenDtos.CreatedApiToken;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;

/** Staff of a department (and the admin) create, list and revoke the department's read-only API tokens. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    /** Active tokens of one department at most: a forgotten token is revoked before a new one is made. */
    static final int MAX_ACTIVE = 20;

    @Inject ApiTokenRepository tokens;
    @Inject DepartmentService departments;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ApiTokenView> list(String departmentCode, int page, int size) {
        DepartmentView d = departments.authorize(departmentCode);
        var query = tokens.ofDepartment(d.id());
        return PageView.of(query.page(page, size).stream().map(ApiTokenService::view).toList(), page, size, query.count());
    }

    public CreatedApiToken create(String departmentCode, String name) {
        DepartmentView d = departments.authorize(departmentCode);
        if (tokens.countActive(d.id()) >= MAX_ACTIVE) {
            throw ProblemException.conflict("too-many-api-tokens", "Ce département a déjà " + MAX_ACTIVE
                    + " jetons actifs : révoquez ceux qui ne servent plus avant d'en créer un autre.");
        }
        String secret = ApiTokenSecrets.generate();
        ApiToken t = new ApiToken();
        t.departmentId = d.id();
        t.name = name.trim();
        t.tokenHash = ApiTokenSecrets.hash(secret);
        t.tokenPrefix = ApiTokenSecrets.displayPrefix(secret);
        t.createdBy = access.current().login();
        t.createdAt = clock.instant();
        tokens.persist(t);
        tokens.flush();
        ApiTokenView view = view(t);
        audit.record(new AuditService.Change(AuditAction.API_TOKEN_CREATED, "ApiToken", t.id, d.id(), null, null, view));
        return new CreatedApiToken(view, secret);
    }

    /** Revokes the token: from the next call on, on every replica, it gets 401. Revoking it again changes nothing. */
    public ApiTokenView revoke(String departmentCode, long tokenId) {
        DepartmentView d = departments.authorize(departmentCode);
        ApiToken t = tokens.findByIdOptional(tokenId).filter(x -> x.departmentId.equals(d.id()))
                .orElseThrow(() -> ProblemException.notFound("Ce jeton d'API n'existe pas dans ce département."));
        if (t.revoked()) {
            return view(t);
        }
        ApiTokenView before = view(t);
        t.revokedAt = clock.instant();
        t.revokedBy = access.current().login();
        tokens.flush();
        ApiTokenView after = view(t);
        audit.record(new AuditService.Change(AuditAction.API_TOKEN_REVOKED, "ApiToken", t.id, d.id(), null, before, after));
        return after;
    }

    static ApiTokenView view(ApiToken t) {
        return new ApiTokenView(t.id, t.name, t.tokenPrefix, t.createdBy, t.createdAt, t.lastUsedAt, t.revokedAt, t.revokedBy,
                !t.revoked());
    }
}

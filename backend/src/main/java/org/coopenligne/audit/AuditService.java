package org.coopenligne.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.coopenligne.auth.CurrentAccount;

/** Writes the audit trail, in the transaction of the change it records. */
@ApplicationScoped
public class AuditService {

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** What changed; {@code before} and {@code after} are views (records), serialized as JSON. */
    public record Change(String action, String entityType, Object entityId, Long departmentId, Long cooperativeId,
                         Object before, Object after) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Change change) {
        recordAs(actorLogin(), actorRole(), change);
    }

    /** For changes made before anyone is authenticated (a login) or by the system itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String login, String role, Change change) {
        AuditRecord r = new AuditRecord();
        r.occurredAt = clock.instant();
        r.actorLogin = login;
        r.actorRole = role;
        r.action = change.action();
        r.entityType = change.entityType();
        r.entityId = change.entityId() == null ? null : String.valueOf(change.entityId());
        r.departmentId = change.departmentId();
        r.cooperativeId = change.cooperativeId();
        r.beforeJson = json(change.before());
        r.afterJson = json(change.after());
        r.persist();
    }

    private String actorLogin() {
        CurrentAccount a = identity.isAnonymous() ? null : identity.getAttribute(CurrentAccount.ATTRIBUTE);
        return a == null ? (identity.isAnonymous() ? null : identity.getPrincipal().getName()) : a.login();
    }

    private String actorRole() {
        CurrentAccount a = identity.isAnonymous() ? null : identity.getAttribute(CurrentAccount.ATTRIBUTE);
        return a == null ? null : a.role().group;
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize audit value " + value.getClass(), e);
        }
    }
}

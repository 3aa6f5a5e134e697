package org.coopenligne.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.coopenligne.common.security.CurrentAccount;
import org.coopenligne.common.EntityIds;

/**
 * Writes the audit trail, in the transaction of the change it records: one INSERT sent at once on the transaction's
 * connection (no ORM flush to wait for, so plain-SQL writes such as the line saves use it too). The id comes from
 * the entity's own generator; audit records are never updated.
 */
@ApplicationScoped
public class AuditService {

    @Inject SecurityIdentity identity;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;
    @Inject AgroalDataSource dataSource;
    @Inject EntityIds ids;

    private static final String INSERT = "insert into audit_record (id, occurred_at, actor_login, actor_role, action, entity_type, "
            + "entity_id, department_id, cooperative_id, before_json, after_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** What changed; {@code before} and {@code after} are views (records), serialized as JSON. */
    public record Change(AuditAction action, String entityType, Object entityId, Long departmentId, Long cooperativeId,
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
        r.action = change.action().name();
        r.entityType = change.entityType();
        r.entityId = change.entityId() == null ? null : String.valueOf(change.entityId());
        r.departmentId = change.departmentId();
        r.cooperativeId = change.cooperativeId();
        r.beforeJson = json(change.before());
        r.afterJson = json(change.after());
        r.id = ids.next(AuditRecord.class, r);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setLong(1, r.id);
            s.setObject(2, OffsetDateTime.ofInstant(r.occurredAt, ZoneOffset.UTC));
            s.setString(3, r.actorLogin);
            s.setString(4, r.actorRole);
            s.setString(5, r.action);
            s.setString(6, r.entityType);
            s.setString(7, r.entityId);
            s.setObject(8, r.departmentId, Types.BIGINT);
            s.setObject(9, r.cooperativeId, Types.BIGINT);
            s.setString(10, r.beforeJson);
            s.setString(11, r.afterJson);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the audit record of " + r.action, e);
        }
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

package org.coopenligne.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One state change: who, when, what, and the values before and after (JSON). Never updated. */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_login", length = 60)
    public String actorLogin;

    @Column(name = "actor_role", length = 20)
    public String actorRole;

    @Column(nullable = false, length = 60)
    public String action;

    @Column(name = "entity_type", nullable = false, length = 40)
    public String entityType;

    @Column(name = "entity_id", length = 40)
    public String entityId;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "cooperative_id")
    public Long cooperativeId;

    @Column(name = "before_json", length = 20000)
    public String beforeJson;

    @Column(name = "after_json", length = 20000)
    public String afterJson;
}

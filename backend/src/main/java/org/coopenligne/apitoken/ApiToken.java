package org.coopenligne.apitoken;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A read-only API token of one department, for third-party software (SPEC.md "integrator"). Only the SHA-256
 * of its secret is stored; the secret itself is shown once, when the token is created.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(nullable = false, length = 80)
    public String name;

    /** Hex SHA-256 of the whole secret ("coop_…"). */
    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    public String tokenHash;

    /** The secret's first characters ("coop_AbC1"), to recognise it in a list; not enough to guess it. */
    @Column(name = "token_prefix", nullable = false, length = 12)
    public String tokenPrefix;

    @Column(name = "created_by", nullable = false, length = 60)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Written at most once a minute per token (see {@link ApiTokenLookup}). */
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    public String revokedBy;

    @Version
    public int version;

    public boolean revoked() {
        return revokedAt != null;
    }
}

package org.coopenligne.apitoken;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

    public Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    public PanacheQuery<ApiToken> ofDepartment(long departmentId) {
        return find("departmentId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), departmentId);
    }

    public long countActive(long departmentId) {
        return count("departmentId = ?1 and revokedAt is null", departmentId);
    }

    /**
     * Records a use when the last one recorded is older than {@code staleBefore}: a bulk update, which neither
     * raises the version nor conflicts with a revocation, and runs at most once a minute per token.
     */
    public int touch(long id, Instant now, Instant staleBefore) {
        return update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id, staleBefore);
    }
}

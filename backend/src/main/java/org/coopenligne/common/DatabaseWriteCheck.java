package org.coopenligne.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness tells the truth about writes: the replica is ready only when its database takes one. The datasource's
 * own check only reads ({@code SELECT 1}), which a read-only database, a full disk or a broken constraint still answer.
 * The probe inserts a row into {@code health_probe} (whose CHECK is evaluated as every real write's is) and rolls it
 * back, so nothing is kept.
 */
@Readiness
@ApplicationScoped
public class DatabaseWriteCheck implements HealthCheck {

    static final String NAME = "Database write";
    private static final Logger LOG = Logger.getLogger(DatabaseWriteCheck.class);
    /** Seconds a probe may wait on the database before readiness is answered DOWN. */
    private static final int TIMEOUT_SECONDS = 3;

    private final DataSource dataSource;

    @Inject
    public DatabaseWriteCheck(AgroalDataSource dataSource) {
        this((DataSource) dataSource);
    }

    DatabaseWriteCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into health_probe (id, kind, checked_at) values (?, 'READINESS', ?)")) {
                insert.setQueryTimeout(TIMEOUT_SECONDS);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return HealthCheckResponse.up(NAME);
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Readiness DOWN: the database refused a write (%s)", e.getMessage());
            // the log has the message; the public answer only says what kind of failure it was
            String state = e instanceof SQLException sql && sql.getSQLState() != null ? " " + sql.getSQLState() : "";
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName() + state).build();
        }
    }
}

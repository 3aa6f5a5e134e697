package org.coopenligne.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads the account behind a token: one primary-key read per authenticated request, no hashing. Plain JDBC on
 * the columns it needs: it runs before the request's own transaction, on every request, and needs neither an
 * entity nor a Hibernate session (nor the password hash).
 */
@ApplicationScoped
public class AccountLookup {

    private static final String SQL = "select login, role, department_id, cooperative_id, must_change_password, "
            + "token_generation from user_account where id = ? and enabled = true";

    @Inject
    AgroalDataSource dataSource;

    public record Found(CurrentAccount account, int tokenGeneration) {}

    public Optional<Found> find(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SQL)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Found(new CurrentAccount(id, r.getString(1), Role.valueOf(r.getString(2)),
                        r.getObject(3, Long.class), r.getObject(4, Long.class), r.getBoolean(5)), r.getInt(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read account " + id, e);
        }
    }
}

package org.coopenligne.auth;

import org.coopenligne.common.security.Role;
import org.coopenligne.common.security.CurrentAccount;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the account behind a token: one primary-key read per authenticated request, no hashing. Plain JDBC on
 * the columns it needs: it runs before the request's own transaction, on every request, and needs neither an
 * entity nor a Hibernate session (nor the password hash).
 *
 * <p>It also remembers the last state it read of each account ({@link #lastSeen}): not to answer from memory (every
 * request still reads the account), but so that {@link AccountIdentityAugmentor} can let the endpoint's own worker
 * thread do that read, see {@link AccountVerification}.
 */
@ApplicationScoped
public class AccountLookup {

    private static final String SQL = "select login, role, department_id, cooperative_id, must_change_password, "
            + "token_generation from user_account where id = ? and enabled = true";

    @Inject AgroalDataSource dataSource;

    public record Found(CurrentAccount account, int tokenGeneration) {}

    private final ConcurrentHashMap<Long, Found> lastSeen = new ConcurrentHashMap<>();

    /** At most this many accounts remembered (past it, the memory is emptied and refills with the accounts in use). */
    static final int MAX_REMEMBERED = 100_000;

    /** The account as read in the database now (and remembered as its last state seen); empty when gone or disabled. */
    public Optional<Found> find(long id) {
        Optional<Found> found = read(id);
        if (found.isPresent()) {
            if (lastSeen.size() >= MAX_REMEMBERED) {
                lastSeen.clear();
            }
            lastSeen.put(id, found.get());
        } else {
            lastSeen.remove(id);
        }
        return found;
    }

    /** The state of the account when {@link #find} last read it on this replica, or null: never a proof of anything. */
    public Found lastSeen(long id) {
        return lastSeen.get(id);
    }

    private Optional<Found> read(long id) {
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

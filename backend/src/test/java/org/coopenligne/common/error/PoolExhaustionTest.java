package org.coopenligne.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/** An exhausted connection pool, or a database that does not answer, is answered 503 with Retry-After, not a 500. */
class PoolExhaustionTest {

    @Test
    void shouldAnswer503WhenNoConnectionWasFreeInTime() {
        Exception e = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));

        RestResponse<Problem> r = new ProblemMappers().unexpected(e);

        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(r.getEntity().detail()).contains("Réessayez dans un instant");
        assertThat(r.getEntity().type()).endsWith("overloaded");
    }

    @Test
    void shouldStillAnswer500ForAnyOtherError() {
        RestResponse<Problem> r = new ProblemMappers().unexpected(new IllegalStateException("bug",
                new SQLException("syntax error at or near")));

        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(ProblemMappers.poolExhausted(new RuntimeException((String) null))).isFalse();
    }

    @Test
    void shouldAnswer503WhenTheDatabaseDoesNotAnswer() {
        // PostgreSQL stopped: the connection cut (08006) under the account's lookup, or refused (08001) by the pool
        for (Exception e : new Exception[] {
                new IllegalStateException("Cannot read account 1", new SQLException("An I/O error occurred while sending to the backend.", "08006")),
                new org.hibernate.exception.JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001")),
                new RuntimeException(new SQLException("the database system is shutting down", "57P03"))}) {
            RestResponse<Problem> r = new ProblemMappers().unexpected(e);
            assertThat(r.getStatus()).isEqualTo(503);
            assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(r.getEntity().detail()).isEqualTo("Le service est momentanément indisponible et n'a rien enregistré. Réessayez dans quelques secondes.");
        }
        // a constraint of the database is no unavailability
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
    }

    @Test
    void shouldAnswer503WhenTheCommitFailsBecauseTheDatabaseWentAway() {
        // Narayana's commit: the flush or the commit that met the cut connection is a suppressed exception of the
        // RollbackException, not its cause
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new IllegalStateException("flush", new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        RestResponse<Problem> r = new ProblemMappers().unexpected(new RuntimeException("commit", commit));

        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
        // a cycle of causes and suppressed exceptions ends the search
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertThat(ProblemMappers.databaseUnavailable(a)).isFalse();
        assertThat(ProblemMappers.causesAndSuppressed(a)).containsExactly(a, b);
    }

    @Test
    void shouldTellWhenToRetryWhenTheObjectStorageIsDown() {
        RestResponse<Problem> r = new ProblemMappers().problem(new org.coopenligne.documents.storage.StorageUnavailableException("connection refused"));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(r.getEntity().detail()).startsWith("Le stockage des documents est momentanément indisponible");
    }
}

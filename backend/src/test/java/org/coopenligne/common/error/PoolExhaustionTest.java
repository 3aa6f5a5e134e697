package org.coopenligne.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/** An exhausted connection pool is an overload answered 503 with Retry-After, not a 500. */
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
}

package org.coopenligne.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness is DOWN when the database answers reads but refuses writes, and the probe leaves no row behind. */
class DatabaseWriteCheckTest {

    @TempDir
    Path dir;

    private JdbcDataSource database(String options) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" + options);
        ds.setUser("sa");
        return ds;
    }

    private void createProbeTable() throws Exception {
        try (Connection c = database("").getConnection(); Statement s = c.createStatement()) {
            s.execute("create table health_probe (id varchar(64) not null primary key, kind varchar(20) not null, "
                    + "checked_at timestamp with time zone not null, constraint ck_health_probe_kind check (kind in ('READINESS')))");
        }
    }

    @Test
    void shouldBeUpWhenTheDatabaseTakesAWriteAndKeepNothing() throws Exception {
        createProbeTable();
        JdbcDataSource ds = database("");

        HealthCheckResponse first = new DatabaseWriteCheck(ds).call();
        HealthCheckResponse second = new DatabaseWriteCheck(ds).call();

        assertThat(first.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(second.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from health_probe")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    void shouldBeDownWhenTheDatabaseCanBeReadButNotWritten() throws Exception {
        createProbeTable();
        JdbcDataSource readOnly = database(";ACCESS_MODE_DATA=r");
        try (Connection c = readOnly.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select 1")) {
            assertThat(r.next()).as("the database still answers a read").isTrue();
        }

        HealthCheckResponse answer = new DatabaseWriteCheck(readOnly).call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getName()).isEqualTo("Database write");
        assertThat(answer.getData()).hasValueSatisfying(d -> assertThat(d.get("error")).asString().isNotBlank());
    }

    @Test
    void shouldBeDownWhenTheDatabaseCannotBeReached() {
        JdbcDataSource unreachable = database(";IFEXISTS=TRUE");

        assertThat(new DatabaseWriteCheck(unreachable).call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}

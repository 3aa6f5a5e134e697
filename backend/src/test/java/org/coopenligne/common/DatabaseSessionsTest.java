package org.coopenligne.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.coopenligne.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Every CHECK constraint still holds once the connection that first evaluated it is closed (H2 2.4.240 bound a
 * {@code CHECK (x IN (...))} to that session: after the pool closed it, every login answered 500). One valid write per
 * constrained table, rolled back, in a first session; every connection of the pool closed; the same writes in a new one,
 * then a login and a write through the API.
 */
@QuarkusTest
class DatabaseSessionsTest {

    @Inject AgroalDataSource dataSource;
    @Inject Fixtures fixtures;

    /**
     * One valid insert per table that has a CHECK constraint, each with a value its CHECK allows. {@code :coop},
     * {@code :dept} and {@code :adhesion} name rows of the test data; the parents a table needs are inserted first, in
     * the same rolled-back transaction.
     */
    private static final Map<String, List<String>> WRITES = new LinkedHashMap<>();

    static {
        String now = "current_timestamp";
        WRITES.put("user_account", List.of("insert into user_account (id, login, role, display_name, department_id) "
                + "values (990000001, 'ck-probe', 'STAFF', 'Sonde', :dept)"));
        WRITES.put("tariff", List.of("insert into tariff (id, department_id, school_year, cooperative_fee, membership_mode, "
                + "insurance_mandatory, insurance_mode, property_threshold, property_rate, instrument_threshold, instrument_rate, "
                + "opens_on, deadline, payment_means) values (990000001, :dept, '1999-2000', 0, 'SPLIT', false, 'PER_MEMBER', "
                + "2000, 0.01, 15000, 0.008, date '1999-09-01', date '1999-09-30', 'CHEQUE')"));
        WRITES.put("adhesion", List.of("insert into adhesion (id, cooperative_id, cooperative_code, department_id, school_year, "
                + "status, created_at, updated_at) values (990000001, :coop, 'PROBE', :dept, '1999-2000', 'SUBMITTED', " + now + ", " + now + ")"));
        WRITES.put("class_line", List.of("insert into class_line (id, adhesion_id, position, class_name, adults, pupils) "
                + "values (990000001, :adhesion, 99, 'Sonde', 1, 2)"));
        WRITES.put("mandataire_change", List.of("insert into mandataire_change (id, cooperative_id, department_id, status, "
                + "new_mandataire_name, new_mandataire_email, created_at) values (990000001, :coop, :dept, 'ACCEPTED', 'Sonde', "
                + "'sonde@example.org', " + now + ")"));
        WRITES.put("document", List.of("insert into document (id, cooperative_id, department_id, kind, original_name, content_type, "
                + "size_bytes, sha256, storage_key, uploaded_at) values (990000001, :coop, :dept, 'ID_COPY', 'sonde.pdf', "
                + "'application/pdf', 1, 'x', 'sonde', " + now + ")"));
        WRITES.put("certificate", List.of("insert into certificate (id, adhesion_id, department_id, cooperative_id, school_year, "
                + "registration_code, kind, verification_code, issued_at) values (990000001, :adhesion, :dept, :coop, '1999-2000', "
                + "'X', 'INSURANCE', 'SONDE-990000001', " + now + ")"));
        WRITES.put("reminder_recipient", List.of(
                "insert into reminder_campaign (id, department_id, school_year, idempotency_key, request_hash, template_hash, "
                        + "subject, body, selection, recipient_count, created_at, created_by) values (990000001, :dept, '1999-2000', "
                        + "'sonde', 'x', 'x', 'Sonde', 'Sonde', '{}', 1, " + now + ", 'sonde')",
                "insert into reminder_recipient (id, campaign_id, cooperative_id, template_hash, status, created_at) "
                        + "values (990000001, 990000001, :coop, 'x', 'SENT', " + now + ")"));
        WRITES.put("sepa_batch_item", List.of(
                "insert into sepa_batch (id, department_id, school_year, means, message_id, collection_date, created_at, tx_count, "
                        + "control_sum, creditor_name, creditor_identifier, creditor_iban, creditor_bic) values (990000001, :dept, "
                        + "'1999-2000', 'SEPA', 'SONDE', date '1999-10-01', " + now + ", 1, 1, 'Sonde', 'FR00ZZZ000000', "
                        + "'FR7630006000011234567890189', 'AGRIFRPP')",
                "insert into sepa_batch_item (id, batch_id, adhesion_id, cooperative_id, cooperative_code, debtor_name, iban, bic, "
                        + "mandate_reference, signature_date, sequence_type, end_to_end_id, amount) values (990000001, 990000001, "
                        + ":adhesion, :coop, 'PROBE', 'Sonde', 'FR7630006000011234567890189', 'AGRIFRPP', 'SONDE', "
                        + "date '1999-09-01', 'RCUR', 'SONDE', 1)"));
        WRITES.put("ledger_heading", List.of("insert into ledger_heading (id, department_id, school_year, code, label, kind, position) "
                + "values (990000001, :dept, '1999-2000', '6999', 'Sonde', 'CHARGE', 999)"));
        WRITES.put("ledger_entry", List.of("insert into ledger_entry (id, cooperative_id, school_year, entry_date, label, amount_in, "
                + "amount_out, kind, treasury, created_at) values (990000001, :coop, '1999-2000', date '1999-10-01', 'Sonde', 0, 1, "
                + "'TRANSFER', 'CASH', " + now + ")"));
        WRITES.put("health_probe", List.of("insert into health_probe (id, kind, checked_at) values ('sonde', 'READINESS', " + now + ")"));
    }

    @Test
    void shouldEvaluateEveryCheckConstraintAfterTheConnectionThatFirstDidIsClosed() throws SQLException {
        assertThat(WRITES.keySet()).as("one write for each table that has a CHECK constraint")
                .containsExactlyInAnyOrderElementsOf(constrainedTables());
        // a cooperative of 046 with an adhesion, whatever ran before (the writes below refer to them)
        Fixtures.Coop owner = fixtures.newActiveCooperative("046");
        org.coopenligne.support.Api.open(fixtures.tokenOf(owner.login()), owner.id());

        writeEachConstrainedTable();
        // the pool closes its idle connections, as its idle timeout does after a quiet half hour
        closeIdleConnections();
        writeEachConstrainedTable();

        String staff = fixtures.newStaff("046");
        closeIdleConnections();
        String token = Fixtures.login(staff, Fixtures.PASSWORD);
        Fixtures.Coop coop = fixtures.newActiveCooperative("046");
        closeIdleConnections();
        Fixtures.as(token).contentType("application/json").body(Map.of("version", 0, "addressLine", "2 rue des Sondes"))
                .patch("/api/cooperatives/" + coop.id()).then().statusCode(200).body("addressLine", equalTo("2 rue des Sondes"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /**
     * Closes the pool's idle connections and waits until the database has ended their sessions (Agroal flushes on its
     * housekeeping thread). Only idle ones: a connection another thread holds is left alone, as the idle timeout does.
     */
    private void closeIdleConnections() throws SQLException {
        boolean postgres;
        long session;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            session = single(s, postgres ? "select pg_backend_pid()" : "select session_id()");
        }
        String alive = postgres ? "select count(*) from pg_stat_activity where pid = " + session
                : "select count(*) from information_schema.sessions where session_id = " + session;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            // asked again each time: the check below borrows a connection, which may be that one, busy while flushed
            dataSource.flush(AgroalDataSource.FlushMode.IDLE);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                if (single(s, alive) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the pool did not close its idle connection (session " + session + ")");
            }
        }
    }

    /** Each write of {@link #WRITES} in one transaction on a connection of its own, rolled back: nothing is kept. */
    private void writeEachConstrainedTable() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                long dept = single(s, "select id from department where code = '046'");
                long coop = single(s, "select min(id) from cooperative where department_id = " + dept);
                long adhesion = single(s, "select min(id) from adhesion");
                for (Map.Entry<String, List<String>> write : WRITES.entrySet()) {
                    for (String sql : write.getValue()) {
                        try {
                            s.executeUpdate(sql.replace(":dept", String.valueOf(dept)).replace(":coop", String.valueOf(coop))
                                    .replace(":adhesion", String.valueOf(adhesion)));
                        } catch (SQLException e) {
                            throw new AssertionError("A valid write to " + write.getKey() + " failed: " + e.getMessage(), e);
                        }
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as(sql).isTrue();
            long value = r.getLong(1);
            assertThat(r.wasNull()).as("the test data has a row for: " + sql).isFalse();
            return value;
        }
    }

    /** The tables with a CHECK constraint of the schema's own (named ck_…; PostgreSQL lists its NOT NULLs as CHECKs too). */
    private List<String> constrainedTables() throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select table_name, constraint_name from information_schema.table_constraints "
                     + "where constraint_type = 'CHECK'")) {
            while (r.next()) {
                if (r.getString(2).toLowerCase().startsWith("ck_")) {
                    tables.add(r.getString(1).toLowerCase());
                }
            }
        }
        return new ArrayList<>(tables);
    }
}

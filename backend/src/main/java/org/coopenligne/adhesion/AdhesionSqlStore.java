package org.coopenligne.adhesion;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.coopenligne.common.EntityIds;
import org.coopenligne.common.Timestamps;
import org.coopenligne.tariff.PaymentMeans;
import org.coopenligne.tariff.TariffStamp;

/**
 * The adhesion's plain-SQL path ({@link AdhesionRepository} is its Hibernate path): read and written in plain SQL for the busiest requests of September: reading an adhesion and saving
 * one of its class lines. One query reads the adhesion with its lines, its chosen subscriptions, its tariff's id and
 * version, and last year's line count; a line save then sends three statements (the adhesion's totals with its
 * version check, the line, the audit record) on the transaction's connection, with no ORM session to flush.
 * The objects read are plain, detached {@link Adhesion} and {@link ClassLine} instances, so the domain rules and the
 * view are the same as on the Hibernate path.
 */
@ApplicationScoped
public class AdhesionSqlStore {

    private static final String LOAD = """
            select a.id, a.cooperative_id, a.cooperative_code, a.department_id, a.school_year, a.status, a.insured,
                   a.property_value, a.instrument_value, a.voluntary_participation, a.payment_means, a.line_count, a.adults,
                   a.pupils, a.amount, a.submitted_amount, a.priced_tariff_version, a.submitted_at, a.late, a.correction_message,
                   a.correction_requested_at, a.payment_received, a.payment_amount, a.payment_method, a.payment_reference,
                   a.payment_date, a.engagement_document_id, a.engagement_received, a.mandataire_change_form,
                   a.registration_number, a.registration_code, a.validated_at, a.validated_by, a.reopen_reason, a.created_at,
                   a.updated_at, a.version,
                   t.id as tariff_id, t.version as tariff_version, p.line_count as previous_line_count, s.ids as subscription_ids,
                   l.id as line_id, l.position as line_position, l.class_name as line_class_name, l.teachers as line_teachers,
                   l.teacher_email as line_teacher_email, l.adults as line_adults, l.pupils as line_pupils,
                   l.to_confirm as line_to_confirm
              from adhesion a
              left join tariff t on t.department_id = a.department_id and t.school_year = a.school_year
              left join adhesion p on p.cooperative_id = a.cooperative_id and p.school_year =
                        cast(cast(substring(a.school_year, 1, 4) as integer) - 1 as varchar(4)) || '-' || substring(a.school_year, 1, 4)
              left join (select adhesion_id, array_agg(subscription_id) as ids from adhesion_subscription
                          where adhesion_id = ? group by adhesion_id) s on s.adhesion_id = a.id
              left join class_line l on l.adhesion_id = a.id
             where a.id = ?
             order by l.position, l.id""";

    private static final String SAVE_TOTALS = "update adhesion set line_count = ?, adults = ?, pupils = ?, amount = ?, "
            + "updated_at = ?, version = ? where id = ? and version = ?";

    private static final String INSERT_LINE = "insert into class_line (id, adhesion_id, position, class_name, teachers, "
            + "teacher_email, adults, pupils, to_confirm) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE_LINE = "update class_line set class_name = ?, teachers = ?, teacher_email = ?, "
            + "adults = ?, pupils = ?, to_confirm = ? where id = ? and adhesion_id = ?";

    private static final String DELETE_LINE = "delete from class_line where id = ? and adhesion_id = ?";

    @Inject AgroalDataSource dataSource;
    @Inject EntityIds ids;

    /** An adhesion as read, with what its pricing and its view need besides. */
    public record Snapshot(Adhesion adhesion, Optional<TariffStamp> tariff, int previousLines) {}

    /**
     * The adhesion with its lines, subscriptions, tariff stamp and last year's line count, in one query, as the
     * database has it: changes made through Hibernate in the same transaction must be flushed before (the service's
     * {@code view} does it).
     */
    public Optional<Snapshot> load(long adhesionId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LOAD)) {
            s.setLong(1, adhesionId);
            s.setLong(2, adhesionId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Adhesion a = adhesion(r);
                Long tariffId = r.getObject("tariff_id", Long.class);
                Optional<TariffStamp> tariff = tariffId == null ? Optional.empty()
                        : Optional.of(new TariffStamp(tariffId, r.getInt("tariff_version")));
                int previousLines = r.getInt("previous_line_count");
                Array subscriptions = r.getArray("subscription_ids");
                if (subscriptions != null) {
                    for (Object id : (Object[]) subscriptions.getArray()) {
                        a.subscriptionIds.add(((Number) id).longValue());
                    }
                }
                do {
                    Long lineId = r.getObject("line_id", Long.class);
                    if (lineId != null) {
                        a.lines.add(line(r, lineId, a));
                    }
                } while (r.next());
                return Optional.of(new Snapshot(a, tariff, previousLines));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read adhesion " + adhesionId, e);
        }
    }

    /**
     * Writes the adhesion's totals and fee with a new version, if its version is still {@code expectedVersion};
     * false when another save came first (nothing is written). Run it before the line's own statement: it takes the
     * adhesion's row lock, so two saves of one adhesion are serialised and the second one sees the new version.
     */
    public boolean saveTotals(Adhesion a, int expectedVersion) {
        int count = write(SAVE_TOTALS, "save adhesion " + a.id, s -> {
            s.setInt(1, a.lineCount);
            s.setInt(2, a.adults);
            s.setInt(3, a.pupils);
            s.setObject(4, a.amount, Types.NUMERIC);
            s.setObject(5, OffsetDateTime.ofInstant(a.updatedAt, ZoneOffset.UTC));
            s.setInt(6, expectedVersion + 1);
            s.setLong(7, a.id);
            s.setInt(8, expectedVersion);
        });
        if (count != 1) {
            return false;
        }
        a.version = expectedVersion + 1;
        return true;
    }

    /** Inserts a new line of the adhesion, giving it its id. */
    public void insertLine(ClassLine l) {
        l.id = ids.next(ClassLine.class, l);
        write(INSERT_LINE, "insert a line of adhesion " + l.adhesion.id, s -> {
            s.setLong(1, l.id);
            s.setLong(2, l.adhesion.id);
            s.setInt(3, l.position);
            setValues(s, 4, l);
        });
    }

    public void updateLine(ClassLine l) {
        requireOneRow(write(UPDATE_LINE, "update line " + l.id, s -> {
            setValues(s, 1, l);
            s.setLong(7, l.id);
            s.setLong(8, l.adhesion.id);
        }), l);
    }

    public void deleteLine(ClassLine l) {
        requireOneRow(write(DELETE_LINE, "delete line " + l.id, s -> {
            s.setLong(1, l.id);
            s.setLong(2, l.adhesion.id);
        }), l);
    }

    /** The line was read under the version just checked and locked: it cannot be gone. */
    private static void requireOneRow(int count, ClassLine l) {
        if (count != 1) {
            throw new IllegalStateException("Line " + l.id + " of adhesion " + l.adhesion.id + " changed under its version");
        }
    }

    /** What a line's row holds besides its ids and position, from parameter {@code first} on (six parameters). */
    private static void setValues(PreparedStatement s, int first, ClassLine l) throws SQLException {
        s.setString(first, l.className);
        s.setString(first + 1, l.teachers);
        s.setString(first + 2, l.teacherEmail);
        s.setInt(first + 3, l.adults);
        s.setInt(first + 4, l.pupils);
        s.setBoolean(first + 5, l.toConfirm);
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement s) throws SQLException;
    }

    /** Runs one write on the transaction's connection; answers the number of rows it changed. */
    private int write(String sql, String what, Parameters parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            parameters.set(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot " + what, e);
        }
    }

    private static Adhesion adhesion(ResultSet r) throws SQLException {
        Adhesion a = new Adhesion();
        a.id = r.getLong("id");
        a.cooperativeId = r.getLong("cooperative_id");
        a.cooperativeCode = r.getString("cooperative_code");
        a.departmentId = r.getLong("department_id");
        a.schoolYear = r.getString("school_year");
        a.status = AdhesionStatus.valueOf(r.getString("status"));
        a.insured = r.getBoolean("insured");
        a.propertyValue = r.getBigDecimal("property_value");
        a.instrumentValue = r.getBigDecimal("instrument_value");
        a.voluntaryParticipation = r.getBigDecimal("voluntary_participation");
        a.paymentMeans = paymentMeans(r.getString("payment_means"));
        a.lineCount = r.getInt("line_count");
        a.adults = r.getInt("adults");
        a.pupils = r.getInt("pupils");
        a.amount = r.getBigDecimal("amount");
        a.submittedAmount = r.getBigDecimal("submitted_amount");
        a.pricedTariffVersion = r.getObject("priced_tariff_version", Integer.class);
        a.submittedAt = instant(r, "submitted_at");
        a.late = r.getBoolean("late");
        a.correctionMessage = r.getString("correction_message");
        a.correctionRequestedAt = instant(r, "correction_requested_at");
        a.paymentReceived = r.getBoolean("payment_received");
        a.paymentAmount = r.getBigDecimal("payment_amount");
        a.paymentMethod = paymentMeans(r.getString("payment_method"));
        a.paymentReference = r.getString("payment_reference");
        a.paymentDate = r.getObject("payment_date", LocalDate.class);
        a.engagementDocumentId = r.getObject("engagement_document_id", Long.class);
        a.engagementReceived = r.getBoolean("engagement_received");
        a.mandataireChangeForm = ChangeFormStatus.valueOf(r.getString("mandataire_change_form"));
        a.registrationNumber = r.getObject("registration_number", Integer.class);
        a.registrationCode = r.getString("registration_code");
        a.validatedAt = instant(r, "validated_at");
        a.validatedBy = r.getString("validated_by");
        a.reopenReason = r.getString("reopen_reason");
        a.createdAt = instant(r, "created_at");
        a.updatedAt = instant(r, "updated_at");
        a.version = r.getInt("version");
        return a;
    }

    private static ClassLine line(ResultSet r, long id, Adhesion a) throws SQLException {
        ClassLine l = new ClassLine();
        l.id = id;
        l.adhesion = a;
        l.position = r.getInt("line_position");
        l.className = r.getString("line_class_name");
        l.teachers = r.getString("line_teachers");
        l.teacherEmail = r.getString("line_teacher_email");
        l.adults = r.getInt("line_adults");
        l.pupils = r.getInt("line_pupils");
        l.toConfirm = r.getBoolean("line_to_confirm");
        return l;
    }

    private static PaymentMeans paymentMeans(String value) {
        return value == null ? null : PaymentMeans.valueOf(value);
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        return Timestamps.toInstant(r.getObject(column));
    }
}

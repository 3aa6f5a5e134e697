package org.coopenligne.ledger;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.EntityIds;
import org.coopenligne.common.error.ProblemException;

/**
 * The ledger's plain-SQL path for its busiest request, writing a new entry ({@link LedgerEntry} through Hibernate is
 * its path for everything else: edits, deletions, ticks, reads). Measured by {@code make bench} (bench/ledger): with
 * the entry and its parts persisted by Hibernate, the flush before each native statement and at the commit cost more
 * than the database. Here a new entry is five round trips on the transaction's connection: the cooperative's row
 * locked, the year's state read under that lock, the entry, its parts (one batch), its headings' totals (one batch).
 * The objects written are the plain, detached entity instances the service checked, so its rules and its view are the
 * same on both paths.
 */
@ApplicationScoped
public class LedgerEntrySqlStore {

    private static final String LOCK = "select department_id from cooperative where id = ? for update";

    /**
     * Read after the lock is held (a statement's snapshot is taken before it waits for a lock: this one waited for none):
     * the year closed or not, its last voucher number, and the stamp of the department's chart rows (national ones
     * included): their count, the sum of their versions and their highest id, which any addition, relabelling or
     * removal changes.
     */
    private static final String YEAR_STATE = "select (select count(*) from ledger_closing k where k.cooperative_id = ? and k.school_year = ?),"
            + " (select coalesce(max(e.voucher_number), 0) from ledger_entry e where e.cooperative_id = ? and e.school_year = ?),"
            + " h.n, h.v, h.m from (select count(*) as n, coalesce(sum(version), 0) as v, coalesce(max(id), 0) as m from ledger_heading"
            + " where department_id is null or department_id = ?) h";

    private static final String INSERT_ENTRY = "insert into ledger_entry (id, cooperative_id, school_year, entry_date, label, kind,"
            + " treasury, amount_in, amount_out, payment_means, voucher_number, cheque_number, action_id, class_line_id, adhesion_id,"
            + " cleared_on, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, 0)";

    private static final String INSERT_PART = "insert into ledger_entry_part (id, entry_id, position, heading_code, amount) values (?, ?, ?, ?, ?)";

    private static final String ADD_TO_TOTAL = "update ledger_heading_total set amount = amount + ?, entries = entries + ?"
            + " where cooperative_id = ? and school_year = ? and heading_code = ?";

    private static final String NEW_TOTAL = "insert into ledger_heading_total (cooperative_id, school_year, heading_code, amount, entries)"
            + " values (?, ?, ?, ?, ?)";

    @Inject AgroalDataSource dataSource;
    @Inject EntityIds ids;

    /** A cooperative's year, as it stands while its row is locked for this transaction; {@code chartStamp} changes with its chart. */
    public record WriteLock(long departmentId, boolean closed, int lastVoucher, String chartStamp) {}

    /**
     * Locks the cooperative's row for the rest of the transaction (its new entries are numbered one at a time, its
     * totals moved by one write at a time), then reads whether the year is closed and its last voucher number.
     */
    public WriteLock lock(long cooperativeId, String schoolYear) {
        try (Connection c = dataSource.getConnection()) {
            long departmentId;
            try (PreparedStatement s = c.prepareStatement(LOCK)) {
                s.setLong(1, cooperativeId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw ProblemException.notFound("Cette coopérative n'existe pas.");
                    }
                    departmentId = r.getLong("department_id");
                }
            }
            try (PreparedStatement s = c.prepareStatement(YEAR_STATE)) {
                s.setLong(1, cooperativeId);
                s.setString(2, schoolYear);
                s.setLong(3, cooperativeId);
                s.setString(4, schoolYear);
                s.setLong(5, departmentId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new WriteLock(departmentId, r.getLong(1) > 0, r.getInt(2), r.getLong("n") + ":" + r.getLong("v") + ":" + r.getLong("m"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock the books of cooperative " + cooperativeId, e);
        }
    }

    /** Writes a new entry, checked and numbered by the service, with its parts, and adds them to the year's heading totals. */
    public void insert(LedgerEntry e) {
        e.id = ids.next(LedgerEntry.class, e);
        e.version = 0;
        for (LedgerEntryPart p : e.parts) {
            p.id = ids.next(LedgerEntryPart.class, p);
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(INSERT_ENTRY)) {
                s.setLong(1, e.id);
                s.setLong(2, e.cooperativeId);
                s.setString(3, e.schoolYear);
                s.setObject(4, e.entryDate);
                s.setString(5, e.label);
                s.setString(6, e.kind.name());
                s.setString(7, e.treasury.name());
                s.setBigDecimal(8, e.amountIn);
                s.setBigDecimal(9, e.amountOut);
                s.setString(10, e.paymentMeans == null ? null : e.paymentMeans.name());
                s.setObject(11, e.voucherNumber, Types.INTEGER);
                s.setString(12, e.chequeNumber);
                s.setObject(13, e.actionId, Types.BIGINT);
                s.setObject(14, e.classLineId, Types.BIGINT);
                s.setObject(15, e.adhesionId, Types.BIGINT);
                s.setObject(16, e.clearedOn);
                s.setObject(17, OffsetDateTime.ofInstant(e.createdAt, ZoneOffset.UTC));
                s.executeUpdate();
            }
            if (e.parts.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement(INSERT_PART)) {
                for (LedgerEntryPart p : e.parts) {
                    s.setLong(1, p.id);
                    s.setLong(2, e.id);
                    s.setInt(3, p.position);
                    s.setString(4, p.headingCode);
                    s.setBigDecimal(5, p.amount);
                    s.addBatch();
                }
                s.executeBatch();
            }
            // per heading: a split may name one twice (each part counts as one of its entries, as an edit takes them away)
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (LedgerEntryPart p : e.parts) {
                amounts.merge(p.headingCode, p.amount, BigDecimal::add);
                counts.merge(p.headingCode, 1, Integer::sum);
            }
            List<String> headings = List.copyOf(amounts.keySet());
            int[] moved;
            try (PreparedStatement s = c.prepareStatement(ADD_TO_TOTAL)) {
                for (String h : headings) {
                    s.setBigDecimal(1, amounts.get(h));
                    s.setInt(2, counts.get(h));
                    s.setLong(3, e.cooperativeId);
                    s.setString(4, e.schoolYear);
                    s.setString(5, h);
                    s.addBatch();
                }
                moved = s.executeBatch();
            }
            // a heading's first entry of the year
            try (PreparedStatement s = c.prepareStatement(NEW_TOTAL)) {
                boolean any = false;
                for (int i = 0; i < moved.length; i++) {
                    if (moved[i] == 0) {
                        String h = headings.get(i);
                        s.setLong(1, e.cooperativeId);
                        s.setString(2, e.schoolYear);
                        s.setString(3, h);
                        s.setBigDecimal(4, amounts.get(h));
                        s.setInt(5, counts.get(h));
                        s.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    s.executeBatch();
                }
            }
        } catch (SQLException x) {
            throw new IllegalStateException("Cannot write a ledger entry of cooperative " + e.cooperativeId, x);
        }
    }
}

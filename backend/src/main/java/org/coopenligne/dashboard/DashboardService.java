package org.coopenligne.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.tariff.TariffDtos.TariffDefaults;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.TimeConfig;
import org.coopenligne.dashboard.DashboardDtos.AmountFigures;
import org.coopenligne.dashboard.DashboardDtos.Dashboard;
import org.coopenligne.dashboard.DashboardDtos.DepartmentRow;
import org.coopenligne.dashboard.DashboardDtos.LateCounts;
import org.coopenligne.dashboard.DashboardDtos.MemberCounts;
import org.coopenligne.dashboard.DashboardDtos.StatusCounts;
import org.coopenligne.dashboard.DashboardDtos.TrendDay;
import org.coopenligne.department.DepartmentView;

/**
 * The campaign dashboard, computed by aggregate SQL only (GROUP BY and conditional sums over the adhesion
 * table, never loading an entity): one query for the statuses, members and amounts, one for the count of
 * cooperatives, one for the submissions by day of September. The national view runs the first two grouped
 * by department as well, so its cost does not grow with the number of departments shown.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    /** Sent to the OCCE: the adhesions whose members and amounts count. */
    static final String SENT = "('SUBMITTED', 'CORRECTION_REQUESTED', 'VALIDATED')";

    private static final String FIGURES = "select a.department_id, a.status, count(*),"
            + " sum(case when a.status <> 'DRAFT' and a.late then 1 else 0 end),"
            + " sum(case when a.status in " + SENT + " then a.adults else 0 end),"
            + " sum(case when a.status in " + SENT + " then a.pupils else 0 end),"
            + " sum(case when a.status in " + SENT + " then coalesce(a.submitted_amount, 0) else 0 end),"
            + " sum(case when a.status = 'VALIDATED' then coalesce(a.submitted_amount, 0) else 0 end),"
            + " sum(case when a.payment_received then coalesce(a.payment_amount, 0) else 0 end)"
            + " from adhesion a where a.school_year = :year";

    @Inject EntityManager em;
    @Inject Access access;
    @Inject Clock clock;

    public Dashboard department(DepartmentView d, SchoolYear year) {
        access.requireDepartment(d.id());
        LocalDate deadline = deadlines(year, d.id()).getOrDefault(d.id(), defaultDeadline(year));
        Figures f = figures(year, d.id()).getOrDefault(d.id(), new Figures());
        long cooperatives = cooperativeCounts(d.id()).getOrDefault(d.id(), 0L);
        DepartmentRow row = row(d.code(), d.name(), deadline, cooperatives, f);
        return new Dashboard(d.code(), d.name(), year.label(), deadline, isPast(deadline), cooperatives, row.statuses(), row.late(),
                row.members(), row.amounts(), trend(d.id(), year, deadline));
    }

    /** Every department side by side, by code (about a hundred: one page of at most {@link PageView#MAX_SIZE}). */
    public PageView<DepartmentRow> departments(SchoolYear year, int page, int size) {
        if (!access.current().isAdmin()) {
            throw org.coopenligne.common.error.ProblemException.forbidden("Seule la fédération nationale voit tous les départements.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> departments = em.createNativeQuery("select id, code, name from department order by code")
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from department").getSingleResult()).longValue();
        Map<Long, Figures> figures = figures(year, null);
        Map<Long, Long> counts = cooperativeCounts(null);
        Map<Long, LocalDate> deadlines = deadlines(year, null);
        List<DepartmentRow> rows = new ArrayList<>();
        for (Object[] d : departments) {
            long id = ((Number) d[0]).longValue();
            rows.add(row((String) d[1], (String) d[2], deadlines.getOrDefault(id, defaultDeadline(year)),
                    counts.getOrDefault(id, 0L), figures.getOrDefault(id, new Figures())));
        }
        return PageView.of(rows, page, size, total);
    }

    /** The deadline of the year's tariff; 30 September when the department has no tariff for the year. */
    public LocalDate deadline(long departmentId, SchoolYear year) {
        return deadlines(year, departmentId).getOrDefault(departmentId, defaultDeadline(year));
    }

    static LocalDate defaultDeadline(SchoolYear year) {
        return TariffDefaults.of(year).deadline();
    }

    private boolean isPast(LocalDate deadline) {
        return LocalDate.now(clock).isAfter(deadline);
    }

    private DepartmentRow row(String code, String name, LocalDate deadline, long cooperatives, Figures f) {
        long started = f.draft + f.submitted + f.correction + f.validated;
        long notStarted = Math.max(0, cooperatives - started);
        long notSubmitted = isPast(deadline) ? notStarted + f.draft : 0;
        return new DepartmentRow(code, name, deadline, cooperatives,
                new StatusCounts(notStarted, f.draft, f.submitted, f.correction, f.validated),
                new LateCounts(f.submittedLate, notSubmitted, f.submittedLate + notSubmitted),
                new MemberCounts(f.adults, f.pupils),
                new AmountFigures(scale(f.expected), scale(f.validatedAmount), scale(f.received)));
    }

    private static final class Figures {
        long draft, submitted, correction, validated, submittedLate, adults, pupils;
        BigDecimal expected = BigDecimal.ZERO, validatedAmount = BigDecimal.ZERO, received = BigDecimal.ZERO;
    }

    private Map<Long, Figures> figures(SchoolYear year, Long departmentId) {
        String sql = FIGURES + (departmentId == null ? "" : " and a.department_id = :dept") + " group by a.department_id, a.status";
        var query = em.createNativeQuery(sql).setParameter("year", year.label());
        if (departmentId != null) {
            query.setParameter("dept", departmentId);
        }
        Map<Long, Figures> byDepartment = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Figures f = byDepartment.computeIfAbsent(((Number) r[0]).longValue(), k -> new Figures());
            long count = number(r[2]);
            switch ((String) r[1]) {
                case "DRAFT" -> f.draft += count;
                case "SUBMITTED" -> f.submitted += count;
                case "CORRECTION_REQUESTED" -> f.correction += count;
                case "VALIDATED" -> f.validated += count;
                default -> { }
            }
            f.submittedLate += number(r[3]);
            f.adults += number(r[4]);
            f.pupils += number(r[5]);
            f.expected = f.expected.add(decimal(r[6]));
            f.validatedAmount = f.validatedAmount.add(decimal(r[7]));
            f.received = f.received.add(decimal(r[8]));
        }
        return byDepartment;
    }

    private Map<Long, Long> cooperativeCounts(Long departmentId) {
        String sql = "select department_id, count(*) from cooperative"
                + (departmentId == null ? "" : " where department_id = :dept") + " group by department_id";
        var query = em.createNativeQuery(sql);
        if (departmentId != null) {
            query.setParameter("dept", departmentId);
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), number(r[1]));
        }
        return counts;
    }

    private Map<Long, LocalDate> deadlines(SchoolYear year, Long departmentId) {
        String sql = "select department_id, deadline from tariff where school_year = :year"
                + (departmentId == null ? "" : " and department_id = :dept");
        var query = em.createNativeQuery(sql).setParameter("year", year.label());
        if (departmentId != null) {
            query.setParameter("dept", departmentId);
        }
        Map<Long, LocalDate> deadlines = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            deadlines.put(((Number) r[0]).longValue(), r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1]);
        }
        return deadlines;
    }

    /**
     * Submissions by day from 1 September (French time) to the deadline, or to today once it is past (a late
     * submission stays in the chart), in one pass: a conditional sum per day, bounded by instants computed here,
     * so the same SQL runs on PostgreSQL and H2 without date functions. The first column counts what was sent
     * before 1 September, so that the cumulative starts right.
     */
    private List<TrendDay> trend(long departmentId, SchoolYear year, LocalDate deadline) {
        LocalDate first = year.firstDay();
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.isAfter(deadline) ? (today.isAfter(year.lastDay()) ? year.lastDay() : today) : deadline;
        int days = (int) Math.max(30, java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1);
        StringBuilder sql = new StringBuilder("select sum(case when a.submitted_at < :d0 then 1 else 0 end)");
        for (int i = 0; i < days; i++) {
            sql.append(", sum(case when a.submitted_at >= :d").append(i).append(" and a.submitted_at < :d").append(i + 1)
                    .append(" then 1 else 0 end)");
        }
        sql.append(" from adhesion a where a.department_id = :dept and a.school_year = :year and a.submitted_at is not null");
        var query = em.createNativeQuery(sql.toString()).setParameter("dept", departmentId).setParameter("year", year.label());
        for (int i = 0; i <= days; i++) {
            Instant start = first.plusDays(i).atStartOfDay(TimeConfig.ZONE).toInstant();
            query.setParameter("d" + i, java.time.OffsetDateTime.ofInstant(start, TimeConfig.ZONE));
        }
        Object[] r = (Object[]) query.getSingleResult();
        List<TrendDay> trend = new ArrayList<>(days);
        long cumulative = number(r[0]);
        for (int i = 0; i < days; i++) {
            long n = number(r[i + 1]);
            cumulative += n;
            trend.add(new TrendDay(first.plusDays(i), n, cumulative));
        }
        return trend;
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static BigDecimal scale(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}

package org.coopenligne.cooperative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopenligne.tariff.TariffDtos.TariffDefaults;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.common.Timestamps;
import org.coopenligne.tariff.PaymentMeans;

@ApplicationScoped
public class CooperativeRepository implements PanacheRepository<Cooperative> {

    public Optional<Cooperative> findByCode(String departmentCode, String number) {
        return find("departmentCode = ?1 and number = ?2", departmentCode, number).firstResultOptional();
    }

    /** Cooperatives of one department (or all when null) whose number, code, school, city or UAI contains the text. */
    public PanacheQuery<Cooperative> search(Long departmentId, String text) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (departmentId != null) {
            where.append(" and departmentId = :dept");
            params.and("dept", departmentId);
        }
        if (text != null && !text.isBlank()) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            where.append(" and (number like :prefix or lower(departmentCode || '-' || number) like :prefix"
                    + " or lower(schoolName) like :any or lower(city) like :any or lower(uai) like :prefix)");
            params.and("prefix", t + "%").and("any", "%" + t + "%");
        }
        return find(where.toString(), Sort.by("departmentCode").and("number"), params);
    }

    /** The list's select: one row per cooperative, its adhesion of the year by a left join (no N+1), lateness in SQL. */
    private static final String FROM = " from cooperative c"
            + " left join adhesion a on a.cooperative_id = c.id and a.school_year = :year"
            + " left join tariff t on t.department_id = c.department_id and t.school_year = :year";

    /** Late: sent after the deadline, or not sent (not started, draft) while the deadline is past. */
    private static final String LATE = "((a.status <> 'DRAFT' and a.late = true)"
            + " or (coalesce(t.deadline, :defaultDeadline) < :today and (a.id is null or a.status = 'DRAFT')))";

    private static final String STATUS_ORDER = "(case when a.id is null then 0 when a.status = 'DRAFT' then 1"
            + " when a.status = 'CORRECTION_REQUESTED' then 2 when a.status = 'SUBMITTED' then 3 else 4 end)";

    private record Where(String sql, Map<String, Object> params) {}

    private Where where(CooperativeFilter.Scope scope, CooperativeFilter f, LocalDate today) {
        return where(scope, f, today, List.of());
    }

    /** The filter's where clause; among the ids given when there are any. */
    private Where where(CooperativeFilter.Scope scope, CooperativeFilter f, LocalDate today, Collection<Long> ids) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        params.put("year", scope.year().label());
        if (scope.departmentId() != null) {
            sql.append(" and c.department_id = :dept");
            params.put("dept", scope.departmentId());
        }
        if (!ids.isEmpty()) {
            sql.append(" and c.id in (:ids)");
            params.put("ids", ids);
        }
        if (f.text() != null) {
            String t = f.text().toLowerCase(Locale.ROOT);
            sql.append(" and (c.number like :prefix or lower(c.department_code || '-' || c.number) like :prefix"
                    + " or lower(c.school_name) like :any or lower(c.city) like :any or lower(c.uai) like :prefix)");
            params.put("prefix", t + "%");
            params.put("any", "%" + t + "%");
        }
        if (f.status() == AdhesionStatus.NOT_STARTED) {
            sql.append(" and a.id is null");
        } else if (f.status() != null) {
            sql.append(" and a.status = :status");
            params.put("status", f.status().name());
        }
        if (f.late() != null) {
            // as a number: LATE is unknown (null) rather than false for a cooperative without adhesion
            sql.append(" and (case when " + LATE + " then 1 else 0 end) = ").append(f.late() ? 1 : 0);
        }
        if (f.insured() != null) {
            sql.append(" and a.insured = :insured");
            params.put("insured", f.insured());
        }
        if (f.paymentMeans() != null) {
            sql.append(" and a.payment_means = :paymentMeans");
            params.put("paymentMeans", f.paymentMeans().name());
        }
        if (f.sent() != null) {
            // sent to the OCCE: the dashboard's members and expected amounts
            sql.append(f.sent() ? " and a.status in ('SUBMITTED', 'CORRECTION_REQUESTED', 'VALIDATED')"
                    : " and (a.id is null or a.status = 'DRAFT')");
        }
        if (f.paid() != null) {
            sql.append(f.paid() ? " and a.payment_received = true" : " and (a.id is null or a.payment_received = false)");
        }
        if (f.late() != null) {
            lateParams(params, scope, today);
        }
        return new Where(sql.toString(), params);
    }

    private static void lateParams(Map<String, Object> params, CooperativeFilter.Scope scope, LocalDate today) {
        params.put("today", today);
        params.put("defaultDeadline", TariffDefaults.of(scope.year()).deadline());
    }

    private static String orderBy(CooperativeFilter f) {
        String dir = f.descending() ? " desc" : " asc";
        String key = switch (f.sort()) {
            case number -> "c.department_code" + dir + ", c.number" + dir;
            case school -> "c.school_name" + dir;
            case city -> "c.city" + dir;
            case status -> STATUS_ORDER + dir;
            case submittedAt -> "a.submitted_at" + dir + " nulls last";
        };
        return " order by " + key + ", c.department_code, c.number";
    }

    public record ListPage(List<CooperativeListItem> items, long total) {}

    /** One page of the list and the count of all that match: two queries, whatever the page size. */
    public ListPage list(CooperativeFilter.Scope scope, CooperativeFilter f, LocalDate today, int page, int size) {
        Where w = where(scope, f, today);
        Map<String, Object> params = new HashMap<>(w.params());
        lateParams(params, scope, today);
        Query query = getEntityManager().createNativeQuery("select c.id, c.department_code, c.number, c.school_name, c.city, c.uai,"
                + " c.mandataire_name, a.id as adhesion_id, a.status, coalesce(a.submitted_amount, a.amount), a.submitted_at,"
                + " case when " + LATE + " then 1 else 0 end, a.insured, a.payment_means, a.payment_received"
                + FROM + w.sql() + orderBy(f));
        params.forEach(query::setParameter);
        List<CooperativeListItem> items = new ArrayList<>();
        for (Object row : query.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            Object[] r = (Object[]) row;
            String status = (String) r[8];
            items.add(new CooperativeListItem(((Number) r[0]).longValue(), r[1] + "-" + r[2], (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    r[7] == null ? null : ((Number) r[7]).longValue(),
                    status == null ? AdhesionStatus.NOT_STARTED : AdhesionStatus.valueOf(status),
                    r[9] == null ? null : new BigDecimal(r[9].toString()).setScale(2), Timestamps.toInstant(r[10]),
                    ((Number) r[11]).intValue() == 1, (Boolean) r[12],
                    r[13] == null ? null : PaymentMeans.valueOf((String) r[13]), Boolean.TRUE.equals(r[14])));
        }
        return new ListPage(items, count(scope, f, today));
    }

    public long count(CooperativeFilter.Scope scope, CooperativeFilter f, LocalDate today) {
        Where w = where(scope, f, today);
        String from = w.params().containsKey("today") ? FROM
                : " from cooperative c left join adhesion a on a.cooperative_id = c.id and a.school_year = :year";
        Query query = getEntityManager().createNativeQuery("select count(*)" + from + w.sql());
        w.params().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The ids of every cooperative matching, in the list's order, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<Long> ids(CooperativeFilter.Scope scope, CooperativeFilter f, LocalDate today, int limit) {
        Where w = where(scope, f, today);
        Query query = getEntityManager().createNativeQuery("select c.id" + FROM + w.sql() + orderBy(f));
        w.params().forEach(query::setParameter);
        return ((List<Object>) query.setMaxResults(limit).getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    }

    /**
     * The rows of the list (among the ids given, when any), as SQL with positional parameters for a JDBC statement
     * that streams them: the same from, where and order by as the list.
     */
    public CooperativeSelection selection(CooperativeFilter.Scope scope, CooperativeFilter f, LocalDate today, Collection<Long> ids) {
        Where w = where(scope, f, today, ids);
        return positional(FROM + w.sql() + orderBy(f), w.params());
    }

    private static final Pattern NAMED_PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9]*)");

    /** Named parameters ({@code :year}) become JDBC's {@code ?}, their values listed in order; a collection, one each. */
    static CooperativeSelection positional(String sql, Map<String, Object> params) {
        List<Object> values = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher m = NAMED_PARAMETER.matcher(sql);
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalStateException("No value for :" + m.group(1));
            }
            Object value = params.get(m.group(1));
            if (value instanceof Collection<?> many) {
                m.appendReplacement(out, String.join(", ", Collections.nCopies(many.size(), "?")));
                values.addAll(many);
            } else {
                m.appendReplacement(out, "?");
                values.add(value);
            }
        }
        m.appendTail(out);
        return new CooperativeSelection(out.toString(), values);
    }
}

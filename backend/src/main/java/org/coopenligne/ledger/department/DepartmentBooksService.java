package org.coopenligne.ledger.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.ledger.HeadingKind;
import org.coopenligne.ledger.LedgerEntry;
import org.coopenligne.ledger.LedgerHeading;
import org.coopenligne.ledger.department.DepartmentBooksDtos.DepartmentBooksView;
import org.coopenligne.ledger.department.DepartmentBooksDtos.HeadingTotal;

/**
 * A department's books of a year: every entry its cooperatives wrote in the year, summed per heading of the department's
 * chart, for its staff. A department has up to 3,000 cooperatives and 450,000 entries a year: the sums are those each
 * write keeps per cooperative, year and heading (ledger_heading_total), a dozen rows a cooperative.
 */
@ApplicationScoped
public class DepartmentBooksService {

    @Inject DepartmentService departments;
    @Inject Access access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public DepartmentBooksView totals(String departmentCode, SchoolYear year) {
        DepartmentView d = departments.authorize(departmentCode);
        if (access.current().isMandataire()) {
            throw ProblemException.forbidden("Les comptes du département sont lus par son équipe.");
        }
        var em = LedgerEntry.getEntityManager();
        @SuppressWarnings("unchecked")
        // the totals each write keeps per cooperative, year and heading (ledger_heading_total): a dozen rows a cooperative
        List<Object[]> parts = em.createNativeQuery("select t.heading_code, sum(t.entries), sum(t.amount) from ledger_heading_total t"
                        + " join cooperative c on c.id = t.cooperative_id where c.department_id = ?1 and t.school_year = ?2 group by t.heading_code")
                .setParameter(1, d.id()).setParameter(2, year.label()).getResultList();
        // (one probe of the totals' primary key per cooperative: cheaper than counting the distinct ones of the rows)
        Object[] counts = (Object[]) em.createNativeQuery("select count(*), count(case when exists (select 1 from ledger_heading_total t"
                        + " where t.cooperative_id = c.id and t.school_year = ?2) then 1 end) from cooperative c where c.department_id = ?1")
                .setParameter(1, d.id()).setParameter(2, year.label()).getSingleResult();
        Map<String, Object[]> byCode = new HashMap<>();
        parts.forEach(r -> byCode.put((String) r[0], r));
        List<HeadingTotal> headings = new ArrayList<>();
        BigDecimal income = BigDecimal.ZERO.setScale(2);
        BigDecimal charges = BigDecimal.ZERO.setScale(2);
        for (LedgerHeading h : LedgerHeading.effective(LedgerHeading.rowsOf(d.id(), year.label()))) {
            Object[] r = byCode.remove(h.code);
            if (r != null) {
                headings.add(total(h.code, h.label, h.kind, r));
            }
        }
        // a code no longer in the chart (a sub-heading removed since) still counts, under its own number
        byCode.values().stream().sorted((a, b) -> ((String) a[0]).compareTo((String) b[0]))
                .forEach(r -> headings.add(total((String) r[0], (String) r[0], ((String) r[0]).startsWith("7") ? HeadingKind.INCOME : HeadingKind.CHARGE, r)));
        for (HeadingTotal h : headings) {
            if (h.kind() == HeadingKind.INCOME) {
                income = income.add(h.total());
            } else if (h.kind() == HeadingKind.CHARGE) {
                charges = charges.add(h.total());
            }
        }
        return new DepartmentBooksView(d.code(), year.label(), ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                income, charges, income.subtract(charges), headings);
    }

    private static HeadingTotal total(String code, String label, HeadingKind kind, Object[] r) {
        BigDecimal sum = r[2] instanceof BigDecimal b ? b : new BigDecimal(r[2].toString());
        return new HeadingTotal(code, label, kind, ((Number) r[1]).longValue(), sum.setScale(2, RoundingMode.UNNECESSARY));
    }
}

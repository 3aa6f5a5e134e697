package org.coopenligne.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A heading of the chart ("compte de ventilation"): national when {@code departmentId} is null, else a department's
 * addition or relabelling, for one school year when {@code schoolYear} is set.
 */
@Entity
@Table(name = "ledger_heading")
public class LedgerHeading extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_heading_seq")
    @SequenceGenerator(name = "ledger_heading_seq", sequenceName = "ledger_heading_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id")
    public Long departmentId;

    @Column(name = "school_year", length = 9)
    public String schoolYear;

    @Column(nullable = false, length = 10)
    public String code;

    @Column(nullable = false, length = 120)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public HeadingKind kind;

    @Column(nullable = false)
    public int position;

    @jakarta.persistence.Version
    public int version;

    /**
     * The rows of a department's chart of a year, national ones included (or the national ones only, for a null
     * department), as plain detached objects: every entry written reads them, and a native query is neither mapped to
     * managed entities nor checked at the flush (it flushes this transaction's pending changes first, so a chart just
     * edited reads as edited).
     */
    @SuppressWarnings("unchecked")
    public static List<LedgerHeading> rowsOf(Long departmentId, String schoolYear) {
        String columns = "select id, department_id, school_year, code, label, kind, position, version from ledger_heading";
        var query = departmentId == null
                ? getEntityManager().createNativeQuery(columns + " where department_id is null")
                : getEntityManager().createNativeQuery(columns + " where department_id is null or (department_id = ?1"
                        + " and (school_year is null or school_year = ?2))").setParameter(1, departmentId).setParameter(2, schoolYear);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> {
            LedgerHeading h = new LedgerHeading();
            h.id = ((Number) r[0]).longValue();
            h.departmentId = r[1] == null ? null : ((Number) r[1]).longValue();
            h.schoolYear = (String) r[2];
            h.code = (String) r[3];
            h.label = (String) r[4];
            h.kind = HeadingKind.valueOf((String) r[5]);
            h.position = ((Number) r[6]).intValue();
            h.version = ((Number) r[7]).intValue();
            return h;
        }).toList();
    }

    /**
     * The chart those rows make: a department's row replaces the national one of the same code, a year's replaces the
     * department's; in the chart's order (position, then code).
     */
    public static List<LedgerHeading> effective(List<LedgerHeading> rows) {
        Map<String, LedgerHeading> byCode = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparingInt(LedgerHeading::precedence)).forEach(h -> byCode.put(h.code, h));
        return byCode.values().stream().sorted(Comparator.comparingInt((LedgerHeading h) -> h.position).thenComparing(h -> h.code)).toList();
    }

    private static int precedence(LedgerHeading h) {
        return h.departmentId == null ? 0 : h.schoolYear == null ? 1 : 2;
    }
}

package org.coopenligne.ledger.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.common.security.Access;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.coopenligne.ledger.HeadingKind;
import org.coopenligne.ledger.LedgerHeading;
import org.coopenligne.ledger.LedgerService;
import org.coopenligne.ledger.chart.ChartDtos.ChartHeading;
import org.coopenligne.ledger.chart.ChartDtos.ChartView;
import org.coopenligne.ledger.chart.ChartDtos.HeadingRequest;
import org.coopenligne.ledger.chart.ChartDtos.Origin;

/**
 * Keeps the chart of headings: the admin the national default (a new heading, a label), a department's staff its
 * chart of a year (a sub-heading detailing a national one, a label for the year). Entries keep their heading's
 * code: a change of chart never changes a past entry, and a heading that entries use is never removed.
 */
@ApplicationScoped
@Transactional
public class ChartService {

    private static final String CODE = "[0-9]{3,10}";

    @Inject DepartmentService departments;
    @Inject Access access;
    @Inject AuditService audit;

    // --- the national default ---------------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChartView national() {
        Map<String, Long> uses = uses(null, null);
        List<ChartHeading> headings = LedgerHeading.effective(LedgerHeading.rowsOf(null, null)).stream()
                .map(h -> new ChartHeading(h.code, h.label, h.kind, Origin.NATIONAL, null, null, uses.getOrDefault(h.code, 0L), h.version)).toList();
        return new ChartView(null, null, headings);
    }

    /** A new national heading (6… a charge, 7… an income), or a national heading's new label. */
    public ChartView putNational(String code, Integer version, HeadingRequest r) {
        requireAdmin();
        checkCode(code);
        LedgerHeading h = LedgerHeading.<LedgerHeading>find("departmentId is null and code = ?1", code).firstResult();
        Map<String, Object> before = null;
        if (h == null) {
            HeadingKind kind = r.kind() != null ? r.kind() : code.startsWith("6") ? HeadingKind.CHARGE : code.startsWith("7") ? HeadingKind.INCOME : null;
            if (kind == null || kind == HeadingKind.TREASURY || !code.startsWith(kind == HeadingKind.CHARGE ? "6" : "7")) {
                throw ProblemException.invalidField("code", "Une rubrique de dépense commence par 6, une rubrique de recette par 7.");
            }
            h = new LedgerHeading();
            h.code = code;
            h.kind = kind;
            h.position = positionAfter(code);
        } else {
            checkVersion(h, version);
            before = Map.of("label", h.label);
        }
        h.label = r.label().trim();
        h.persistAndFlush();
        audit.record(new AuditService.Change(AuditAction.LEDGER_HEADING_SET, "LedgerHeading", h.id, null, null, before,
                Map.of("code", h.code, "label", h.label, "kind", h.kind)));
        return national();
    }

    /** A national heading no entry uses (another may be written by mistake). */
    public ChartView deleteNational(String code, Integer version) {
        requireAdmin();
        LedgerHeading h = LedgerHeading.<LedgerHeading>find("departmentId is null and code = ?1", code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("La rubrique " + code + " n'est pas au plan national."));
        checkVersion(h, version);
        if (h.kind == HeadingKind.TREASURY || LedgerService.HEADING_OCCE_FEES.equals(code)) {
            throw ProblemException.conflict("heading-required", "La rubrique " + code + " est nécessaire à la plateforme : elle reste au plan.");
        }
        long used = uses(null, null).getOrDefault(code, 0L);
        if (used > 0) {
            throw ProblemException.conflict("heading-in-use", "La rubrique " + code + " est utilisée par " + used
                    + " opération(s) : elle reste au plan (changez plutôt son libellé).");
        }
        long details = LedgerHeading.count("departmentId is not null and code like ?1", code + "%");
        if (details > 0) {
            throw ProblemException.conflict("heading-in-use", "Des départements ont détaillé ou renommé la rubrique " + code + " : elle reste au plan.");
        }
        h.delete();
        audit.record(new AuditService.Change(AuditAction.LEDGER_HEADING_REMOVED, "LedgerHeading", h.id, null, null,
                Map.of("code", h.code, "label", h.label), null));
        return national();
    }

    // --- a department's chart of a year -----------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChartView department(String departmentCode, SchoolYear year) {
        DepartmentView d = departments.authorize(departmentCode);
        return view(d, year);
    }

    /**
     * The department's heading of the year: a national heading's label for the year, or a sub-heading detailing a
     * national one (its code begins with the national code; it takes its kind).
     */
    public ChartView putDepartment(String departmentCode, SchoolYear year, String code, Integer version, HeadingRequest r) {
        DepartmentView d = requireStaff(departmentCode);
        checkCode(code);
        departments.lockForUpdate(d.id()); // one change of the department's chart at a time: no duplicate rows
        LedgerHeading national = LedgerHeading.<LedgerHeading>find("departmentId is null and code = ?1", code).firstResult();
        LedgerHeading own = LedgerHeading.<LedgerHeading>find("departmentId = ?1 and schoolYear = ?2 and code = ?3", d.id(), year.label(), code)
                .firstResult();
        Map<String, Object> before = null;
        if (own == null) {
            own = new LedgerHeading();
            own.departmentId = d.id();
            own.schoolYear = year.label();
            own.code = code;
            if (national != null) {
                own.kind = national.kind;
                own.position = national.position;
            } else {
                LedgerHeading parent = parentOf(code);
                own.kind = parent.kind;
                own.position = parent.position;
            }
        } else {
            checkVersion(own, version);
            before = Map.of("label", own.label);
        }
        if (own.kind == HeadingKind.TREASURY) {
            throw ProblemException.invalidField("code", "Les comptes 512 (banque) et 530 (caisse) ne se renomment pas.");
        }
        own.label = r.label().trim();
        own.persistAndFlush();
        audit.record(new AuditService.Change(AuditAction.LEDGER_HEADING_SET, "LedgerHeading", own.id, d.id(), null, before,
                Map.of("code", own.code, "label", own.label, "schoolYear", own.schoolYear)));
        return view(d, year);
    }

    /** Back to the national label, or a sub-heading removed (refused while the year's entries use it). */
    public ChartView deleteDepartment(String departmentCode, SchoolYear year, String code, Integer version) {
        DepartmentView d = requireStaff(departmentCode);
        departments.lockForUpdate(d.id());
        LedgerHeading own = LedgerHeading.<LedgerHeading>find("departmentId = ?1 and schoolYear = ?2 and code = ?3", d.id(), year.label(), code)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Le département n'a pas changé la rubrique " + code + " en "
                        + year.display() + "."));
        checkVersion(own, version);
        boolean national = LedgerHeading.count("departmentId is null and code = ?1", code) > 0;
        long used = uses(d.id(), year.label()).getOrDefault(code, 0L);
        if (!national && used > 0) {
            throw ProblemException.conflict("heading-in-use", "La sous-rubrique " + code + " est utilisée par " + used + " opération(s) de "
                    + year.display() + " : elle reste au plan (changez plutôt son libellé).");
        }
        own.delete();
        audit.record(new AuditService.Change(AuditAction.LEDGER_HEADING_REMOVED, "LedgerHeading", own.id, d.id(), null,
                Map.of("code", own.code, "label", own.label, "schoolYear", own.schoolYear), null));
        return view(d, year);
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private ChartView view(DepartmentView d, SchoolYear year) {
        List<LedgerHeading> rows = LedgerHeading.rowsOf(d.id(), year.label());
        Map<String, LedgerHeading> national = new HashMap<>();
        rows.stream().filter(h -> h.departmentId == null).forEach(h -> national.put(h.code, h));
        Map<String, Long> uses = uses(d.id(), year.label());
        List<ChartHeading> headings = LedgerHeading.effective(rows).stream().map(h -> {
            LedgerHeading n = national.get(h.code);
            boolean own = h.departmentId != null;
            String parent = own && n == null ? national.values().stream().filter(p -> h.code.startsWith(p.code)).map(p -> p.code)
                    .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null) : null;
            return new ChartHeading(h.code, h.label, h.kind, own ? Origin.DEPARTMENT : Origin.NATIONAL,
                    own && n != null && !Objects.equals(n.label, h.label) ? n.label : null, parent, uses.getOrDefault(h.code, 0L),
                    own ? h.version : null);
        }).toList();
        return new ChartView(d.code(), year.label(), headings);
    }

    /** Entries per heading code: of a department's year, or of every cooperative and year (a null department). */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> uses(Long departmentId, String year) {
        var em = LedgerHeading.getEntityManager();
        List<Object[]> rows = departmentId == null
                ? em.createNativeQuery("select t.heading_code, sum(t.entries) from ledger_heading_total t group by t.heading_code").getResultList()
                : em.createNativeQuery("select t.heading_code, sum(t.entries) from ledger_heading_total t"
                        + " join cooperative c on c.id = t.cooperative_id where c.department_id = ?1 and t.school_year = ?2 group by t.heading_code")
                        .setParameter(1, departmentId).setParameter(2, year).getResultList();
        Map<String, Long> out = new HashMap<>();
        rows.forEach(r -> out.put((String) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    private static LedgerHeading parentOf(String code) {
        return LedgerHeading.<LedgerHeading>find("departmentId is null").<LedgerHeading>list().stream()
                .filter(p -> code.startsWith(p.code) && code.length() > p.code.length() && p.kind != HeadingKind.TREASURY)
                .max((a, b) -> Integer.compare(a.code.length(), b.code.length()))
                .orElseThrow(() -> ProblemException.invalidField("code", "Une sous-rubrique commence par le numéro de la rubrique nationale"
                        + " qu'elle détaille (par exemple 60681 pour détailler 6068)."));
    }

    private static int positionAfter(String code) {
        return LedgerHeading.<LedgerHeading>find("departmentId is null").<LedgerHeading>list().stream()
                .filter(h -> h.code.compareTo(code) < 0 && h.kind != HeadingKind.TREASURY).mapToInt(h -> h.position).max().orElse(0) + 1;
    }

    private static void checkCode(String code) {
        if (code == null || !code.matches(CODE)) {
            throw ProblemException.invalidField("code", "Le numéro d'une rubrique a de 3 à 10 chiffres.");
        }
    }

    private static void checkVersion(LedgerHeading h, Integer version) {
        if (version == null || h.version != version) {
            throw ProblemException.staleVersion();
        }
    }

    private void requireAdmin() {
        if (!access.current().isAdmin()) {
            throw ProblemException.forbidden("Seul l'administrateur national tient le plan de comptes national.");
        }
    }

    private DepartmentView requireStaff(String departmentCode) {
        DepartmentView d = departments.authorize(departmentCode);
        if (access.current().isMandataire()) {
            throw ProblemException.forbidden("Le plan de comptes du département est tenu par son équipe.");
        }
        return d;
    }
}

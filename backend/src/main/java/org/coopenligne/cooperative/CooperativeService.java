package org.coopenligne.cooperative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.security.CurrentAccount;
import org.coopenligne.common.PageView;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.error.ProblemException;
import org.coopenligne.department.DepartmentService;
import org.coopenligne.department.DepartmentView;
import org.hibernate.StatelessSession;

@ApplicationScoped
@Transactional
public class CooperativeService {

    @Inject CooperativeRepository cooperatives;
    @Inject CooperativeMapper mapper;
    @Inject Access access;
    @Inject AuditService audit;
    @Inject DepartmentService departments;
    @Inject Clock clock;
    @Inject StatelessSession statelessSession;

    /**
     * Staff search their department; the admin searches all, or one department by its code. Each row carries
     * the cooperative's adhesion of the year (status, amount, lateness), read by a left join in the same query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CooperativeListItem> search(String departmentCode, SchoolYear year, CooperativeFilter filter, int page, int size) {
        CooperativeFilter.Scope scope = new CooperativeFilter.Scope(departmentScope(departmentCode), year);
        var result = cooperatives.list(scope, filter, LocalDate.now(clock), page, size);
        return PageView.of(result.items(), page, size, result.total());
    }

    /**
     * For reminders: the ids of the department's cooperatives matching the filter (the caller checked the
     * department), in the list's order, at most {@code limit}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> matchingIds(long departmentId, SchoolYear year, CooperativeFilter filter, int limit) {
        return cooperatives.ids(new CooperativeFilter.Scope(departmentId, year), filter, LocalDate.now(clock), limit);
    }

    /**
     * For the cooperatives' export: the department's cooperatives matching the filter, among the ids given when
     * there are any, in the list's order, as SQL to stream (the caller checked the department).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CooperativeSelection selection(long departmentId, SchoolYear year, CooperativeFilter filter, Collection<Long> ids) {
        return cooperatives.selection(new CooperativeFilter.Scope(departmentId, year), filter, LocalDate.now(clock), ids);
    }

    /** The department searched: staff's own (403 if they name another), the admin's choice or all (null). */
    private Long departmentScope(String departmentCode) {
        CurrentAccount a = access.current();
        if (a.isAdmin()) {
            return departmentCode == null ? null : departments.findByCode(departmentCode)
                    .map(DepartmentView::id)
                    .orElseThrow(() -> ProblemException.invalidField("department",
                            "Aucun département n'a le code « " + departmentCode + " »."));
        }
        if (departmentCode != null) {
            departments.authorize(departmentCode); // 403 when it is not theirs
        }
        return a.departmentId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CooperativeView get(long id) {
        return mapper.toView(load(id));
    }

    public CooperativeView updateIdentity(long id, IdentityUpdate update) {
        Cooperative c = load(id);
        CurrentAccount a = access.current();
        if (a.isMandataire()) {
            Map<String, String> staffOnly = new LinkedHashMap<>();
            staffOnly.put("schoolName", update.schoolName());
            staffOnly.put("schoolType", update.schoolType());
            staffOnly.put("uai", update.uai());
            staffOnly.put("district", update.district());
            staffOnly.forEach((field, value) -> {
                if (value != null) {
                    throw ProblemException.forbiddenField(field,
                            "Seule l'OCCE de votre département peut modifier ce champ ; contactez-la si il est faux.");
                }
            });
        }
        if (update.version() != c.version) {
            throw ProblemException.staleVersion();
        }
        CooperativeView before = mapper.toView(c);
        mapper.apply(update, c);
        clearBlanks(c);
        cooperatives.flush();
        CooperativeView after = mapper.toView(c);
        audit.record(new AuditService.Change(AuditAction.COOPERATIVE_IDENTITY_UPDATED, "Cooperative", c.id, c.departmentId, c.id,
                before, after));
        return after;
    }

    /** For the change-of-mandataire request, once staff accepted it: the new mandataire and signatories. */
    public CooperativeView applyMandataireChange(long id, String name, String email, String phone, String coSignatories) {
        Cooperative c = load(id);
        CooperativeView before = mapper.toView(c);
        c.mandataireName = name;
        c.mandataireEmail = email;
        c.mandatairePhone = blankToNull(phone);
        if (coSignatories != null && !coSignatories.isBlank()) {
            c.coSignatories = coSignatories.trim();
        }
        cooperatives.flush();
        CooperativeView after = mapper.toView(c);
        audit.record(new AuditService.Change(AuditAction.MANDATAIRE_CHANGED, "Cooperative", c.id, c.departmentId, c.id, before, after));
        return after;
    }

    /** For other features: the cooperative, once the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperativeView> findByCode(String departmentCode, String number) {
        return cooperatives.findByCode(departmentCode, number).map(mapper::toView);
    }

    /** For lists of other features: the summaries of a page's cooperatives, by id (the caller checked access). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, CooperativeSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, CooperativeSummary> byId = new java.util.HashMap<>();
        cooperatives.list("id in ?1", ids).forEach(c -> byId.put(c.id, mapper.toSummary(c)));
        return byId;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperativeView> find(long id) {
        return cooperatives.findByIdOptional(id).map(mapper::toView);
    }

    /** For the import: the numbers the department's cooperatives have (the caller checked the department). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Set<String> numbersIn(long departmentId) {
        return idsByNumber(departmentId).keySet();
    }

    /** For the imports: the department's cooperatives, their id by number (the caller checked the department). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> idsByNumber(long departmentId) {
        Map<String, Long> ids = new java.util.HashMap<>();
        cooperatives.getEntityManager()
                .createQuery("select c.number, c.id from Cooperative c where c.departmentId = ?1", Object[].class)
                .setParameter(1, departmentId).getResultStream().forEach(row -> ids.put((String) row[0], (Long) row[1]));
        return ids;
    }

    /**
     * For the import: creates the department's cooperatives in one JDBC batch, through the transaction's stateless
     * session (no persistence context to fill and dirty-check; ids from the entity's own sequence generator, so they
     * never clash with those other requests allocate). Answers them in the order given. The caller checked the
     * department, the numbers and audits the import.
     */
    public List<CooperativeSummary> insertAll(DepartmentView d, List<NewCooperative> rows) {
        statelessSession.setJdbcBatchSize(Math.max(1, rows.size()));
        List<Cooperative> created = new java.util.ArrayList<>(rows.size());
        for (NewCooperative row : rows) {
            Cooperative coop = new Cooperative();
            coop.departmentId = d.id();
            coop.departmentCode = d.code();
            coop.number = row.number();
            coop.schoolName = row.schoolName();
            coop.schoolType = row.schoolType();
            coop.addressLine = row.addressLine();
            coop.postalCode = row.postalCode();
            coop.city = row.city();
            coop.uai = row.uai();
            coop.schoolEmail = row.schoolEmail();
            coop.mandataireName = row.mandataireName();
            coop.mandataireEmail = row.mandataireEmail();
            coop.mandatairePhone = row.mandatairePhone();
            coop.district = row.district();
            created.add(coop);
        }
        statelessSession.insertMultiple(created);
        return created.stream().map(mapper::toSummary).toList();
    }

    private Cooperative load(long id) {
        Cooperative c = cooperatives.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Cette coopérative n'existe pas."));
        access.requireCooperative(c.departmentId, c.id);
        return c;
    }

    private static void clearBlanks(Cooperative c) {
        c.schoolType = blankToNull(c.schoolType);
        c.addressLine = blankToNull(c.addressLine);
        c.postalCode = blankToNull(c.postalCode);
        c.uai = blankToNull(c.uai);
        c.district = blankToNull(c.district);
        c.schoolEmail = blankToNull(c.schoolEmail);
        c.schoolPhone = blankToNull(c.schoolPhone);
        c.mandataireEmail = blankToNull(c.mandataireEmail);
        c.mandatairePhone = blankToNull(c.mandatairePhone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

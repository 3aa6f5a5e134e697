package org.coopenligne.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.coopenligne.common.audit.AuditAction;
import org.coopenligne.common.audit.AuditService;
import java.util.Optional;
import org.coopenligne.common.security.Access;
import org.coopenligne.common.security.CurrentAccount;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.ProblemException;

@ApplicationScoped
@Transactional
public class DepartmentService {

    @Inject DepartmentRepository departments;
    @Inject DepartmentMapper mapper;
    @Inject Access access;
    @Inject AuditService audit;

    /** The admin sees every department; everyone else sees their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<DepartmentView> list(int page, int size) {
        CurrentAccount a = access.current();
        if (a.isAdmin()) {
            List<DepartmentView> items = departments.findAll(io.quarkus.panache.common.Sort.by("code"))
                    .page(page, size).stream().map(mapper::toView).toList();
            return PageView.of(items, page, size, departments.count());
        }
        List<DepartmentView> own = a.departmentId() == null ? List.of()
                : departments.findByIdOptional(a.departmentId()).map(mapper::toView).stream().toList();
        return PageView.of(page == 0 ? own : List.of(), page, size, own.size());
    }

    /**
     * The department the caller may act on, found by its code: 404 when no department has it, 403 when it is not
     * the caller's (staff and integrators reach their own, the admin every one). Every department-scoped endpoint
     * starts with this call and works on the department it returns.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DepartmentView authorize(String code) {
        Department d = departments.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Aucun département n'a le code « " + code + " »."));
        access.requireDepartment(d.id);
        return mapper.toView(d);
    }

    public DepartmentView create(DepartmentCreate request) {
        requireAdmin();
        String code = request.code().trim().toUpperCase(java.util.Locale.ROOT);
        if (departments.findByCode(code).isPresent()) {
            throw new ProblemException(409, "department-exists", "Conflit", "Le département « " + code + " » existe déjà.",
                    List.of(new org.coopenligne.common.error.Problem.Violation("code", "Le département « " + code + " » existe déjà.")));
        }
        Department d = new Department();
        d.code = code;
        d.name = request.name().trim();
        d.persist();
        departments.flush();
        DepartmentView view = mapper.toView(d);
        audit.record(new AuditService.Change(AuditAction.DEPARTMENT_CREATED, "Department", d.id, d.id, null, null,
                Map.of("code", d.code, "name", d.name)));
        return view;
    }

    public DepartmentView update(String code, DepartmentUpdate request) {
        requireAdmin();
        Department d = departments.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Aucun département n'a le code « " + code + " »."));
        if (d.version != request.version()) {
            throw ProblemException.staleVersion();
        }
        String before = d.name;
        d.name = request.name().trim();
        departments.flush();
        audit.record(new AuditService.Change(AuditAction.DEPARTMENT_UPDATED, "Department", d.id, d.id, null,
                Map.of("name", before), Map.of("name", d.name)));
        return mapper.toView(d);
    }

    private void requireAdmin() {
        if (!access.current().isAdmin()) {
            throw ProblemException.forbidden("Seule l'administration nationale gère les départements.");
        }
    }

    /**
     * Locks the department's row until the transaction ends, so that writes which must see each other's results (two
     * imports of the same department) run one after the other. The caller checked the department.
     */
    public void lockForUpdate(long id) {
        departments.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** For other features: the department's view without an access check (the caller made it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DepartmentView> find(long id) {
        return departments.findByIdOptional(id).map(mapper::toView);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DepartmentView> findByCode(String code) {
        return departments.findByCode(code).map(mapper::toView);
    }
}

package org.coopenligne.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.coopenligne.auth.Access;
import org.coopenligne.auth.CurrentAccount;
import org.coopenligne.common.PageView;
import org.coopenligne.common.error.ProblemException;

@ApplicationScoped
@Transactional
public class DepartmentService {

    @Inject
    DepartmentRepository departments;

    @Inject
    DepartmentMapper mapper;

    @Inject
    Access access;

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public DepartmentView get(String code) {
        Department d = departments.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("Aucun département n'a le code « " + code + " »."));
        access.requireDepartment(d.id);
        return mapper.toView(d);
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

package org.coopenligne.cooperative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.coopenligne.common.PageView;
import org.coopenligne.department.DepartmentService;

/** The public directory of a department's cooperatives, for integrators and staff. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CooperativeDirectory {

    @Inject DepartmentService departments;
    @Inject CooperativeRepository cooperatives;

    public PageView<CooperativeListing> list(String departmentCode, String text, int page, int size) {
        PanacheQuery<Cooperative> query = cooperatives.search(departments.authorize(departmentCode).id(), text);
        return PageView.of(query.page(page, size).stream().map(CooperativeListing::of).toList(), page, size, query.count());
    }
}

package org.coopenligne.tariff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class TariffRepository implements PanacheRepository<Tariff> {

    public Optional<Tariff> findFor(long departmentId, String schoolYear) {
        return find("from Tariff t left join fetch t.subscriptions where t.departmentId = ?1 and t.schoolYear = ?2",
                departmentId, schoolYear).singleResultOptional();
    }
}

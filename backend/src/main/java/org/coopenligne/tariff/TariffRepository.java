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

    /**
     * For pricing only: read-only entities, which Hibernate neither snapshots nor dirty-checks when the adhesion
     * being saved is flushed (every line save prices the adhesion).
     */
    public Optional<Tariff> findForPricing(long departmentId, String schoolYear) {
        return find("from Tariff t left join fetch t.subscriptions where t.departmentId = ?1 and t.schoolYear = ?2",
                departmentId, schoolYear).withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).singleResultOptional();
    }

    /** The identity and version of a year's tariff, to tell whether a priced copy kept in memory is still current. */
    public Optional<TariffStamp> stampOf(long departmentId, String schoolYear) {
        return getEntityManager().createQuery("select t.id, t.version from Tariff t where t.departmentId = ?1 and t.schoolYear = ?2",
                        Object[].class)
                .setParameter(1, departmentId).setParameter(2, schoolYear)
                .getResultStream().findFirst().map(r -> new TariffStamp((Long) r[0], (Integer) r[1]));
    }
}

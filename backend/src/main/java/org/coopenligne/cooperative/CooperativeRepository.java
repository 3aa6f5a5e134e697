package org.coopenligne.cooperative;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;

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
}

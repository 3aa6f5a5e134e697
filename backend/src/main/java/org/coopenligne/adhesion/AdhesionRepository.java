package org.coopenligne.adhesion;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AdhesionRepository implements PanacheRepository<Adhesion> {

    public Optional<Adhesion> findFor(long cooperativeId, String schoolYear) {
        return find("cooperativeId = ?1 and schoolYear = ?2", cooperativeId, schoolYear).firstResultOptional();
    }

    /** One query for the adhesion, its lines (in their order) and its chosen subscriptions. */
    public Optional<Adhesion> findWithLines(long id) {
        return find("select a from Adhesion a left join fetch a.lines left join fetch a.subscriptionIds where a.id = ?1", id)
                .singleResultOptional(); // the lines come in their @OrderBy order
    }

    /** Last year's number of lines, without loading that adhesion (0 when there was none). */
    public int lineCountOf(long cooperativeId, String schoolYear) {
        return getEntityManager().createQuery("select a.lineCount from Adhesion a where a.cooperativeId = ?1 and a.schoolYear = ?2",
                        Integer.class).setParameter(1, cooperativeId).setParameter(2, schoolYear)
                .getResultStream().findFirst().orElse(0);
    }

    public List<String> codesPricedWith(long departmentId, String schoolYear) {
        return find("departmentId = ?1 and schoolYear = ?2 and status in ?3 order by cooperativeCode", departmentId, schoolYear,
                List.of(AdhesionStatus.SUBMITTED, AdhesionStatus.CORRECTION_REQUESTED, AdhesionStatus.VALIDATED))
                .project(CodeOnly.class).list().stream().map(CodeOnly::cooperativeCode).toList();
    }

    public record CodeOnly(String cooperativeCode) {}
}

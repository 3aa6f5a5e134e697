package org.coopenligne.adhesion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopenligne.common.SchoolYear;

/**
 * The adhesions of past years brought from the former site (« reprise de l'historique »), so that a cooperative's
 * first adhesion on the platform carries over its classes as the guides show (seeds 001 and 002): each is recorded as
 * validated, with its class lines and the amount it paid. The import that calls it checks the file and the rights.
 */
@ApplicationScoped
@Transactional
public class PastAdhesions {

    /** The class lines an adhesion may have. */
    public static final int MAX_LINES = Adhesion.MAX_LINES;

    /** A cooperative's adhesion of a past year, as the former site kept it. */
    public record PastAdhesion(long cooperativeId, String cooperativeCode, BigDecimal amount, List<PastLine> lines) {}

    /** One class line: its name, its teachers (may be null), its adults and pupils. */
    public record PastLine(String className, String teachers, int adults, int pupils) {}

    @Inject AdhesionRepository adhesions;
    @Inject Clock clock;

    /** The cooperatives of the department that have an adhesion of that year already. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> cooperativesWithAdhesion(long departmentId, SchoolYear year) {
        return new HashSet<>(adhesions.getEntityManager()
                .createQuery("select a.cooperativeId from Adhesion a where a.departmentId = ?1 and a.schoolYear = ?2", Long.class)
                .setParameter(1, departmentId).setParameter(2, year.label()).getResultList());
    }

    /** Records the adhesions of {@code year} (a past year; the caller checked that none exists yet). */
    public void record(long departmentId, SchoolYear year, List<PastAdhesion> past) {
        Instant now = clock.instant();
        for (PastAdhesion p : past) {
            Adhesion a = new Adhesion();
            a.cooperativeId = p.cooperativeId();
            a.cooperativeCode = p.cooperativeCode();
            a.departmentId = departmentId;
            a.schoolYear = year.label();
            a.status = AdhesionStatus.VALIDATED;
            a.amount = p.amount();
            a.submittedAmount = p.amount();
            a.createdAt = now;
            a.updatedAt = now;
            for (PastLine line : p.lines()) {
                ClassLine l = new ClassLine();
                l.adhesion = a;
                l.position = a.lines.size() + 1;
                l.className = line.className();
                l.teachers = line.teachers();
                l.adults = line.adults();
                l.pupils = line.pupils();
                a.lines.add(l);
            }
            a.recountTotals();
            adhesions.persist(a);
        }
    }
}
